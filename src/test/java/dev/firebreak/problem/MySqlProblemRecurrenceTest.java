package dev.firebreak.problem;

import dev.firebreak.FirebreakMySqlTest;

/**
 * The recurrence rule on a real MySQL-protocol server: its window counts, the row lock
 * that orders concurrent incidents of one problem, and the list query.
 */
@FirebreakMySqlTest
class MySqlProblemRecurrenceTest extends AbstractProblemRecurrenceTest {

}
