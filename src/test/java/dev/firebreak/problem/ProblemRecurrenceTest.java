package dev.firebreak.problem;

import dev.firebreak.FirebreakTest;

@FirebreakTest
class ProblemRecurrenceTest extends AbstractProblemRecurrenceTest {

}
