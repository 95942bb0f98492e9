package dev.firebreak.report;

import dev.firebreak.FirebreakTest;

/** The weekly review's findings and goals on the embedded default database (H2). */
@FirebreakTest
class ReviewTest extends AbstractReviewTest {

}
