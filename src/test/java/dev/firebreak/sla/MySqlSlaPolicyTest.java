package dev.firebreak.sla;

import dev.firebreak.FirebreakMySqlTest;

/**
 * SLA policies on a real MySQL-protocol server: the full migration (0040), whole-second
 * times, the unique scope and the calendar's JSON in InnoDB.
 */
@FirebreakMySqlTest
class MySqlSlaPolicyTest extends AbstractSlaPolicyTest {

}
