package dev.firebreak.intake;

import dev.firebreak.FirebreakMySqlTest;

/**
 * The concurrency test on a real MySQL-protocol server, where races meet InnoDB's
 * locking.
 */
@FirebreakMySqlTest
class MySqlIntakeConcurrencyTest extends AbstractIntakeConcurrencyTest {

}
