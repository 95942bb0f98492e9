package dev.firebreak.report;

import dev.firebreak.FirebreakMySqlTest;

/**
 * The weekly review's findings and goals on a real MySQL-protocol server through
 * Connector/J.
 */
@FirebreakMySqlTest
class MySqlReviewTest extends AbstractReviewTest {

}
