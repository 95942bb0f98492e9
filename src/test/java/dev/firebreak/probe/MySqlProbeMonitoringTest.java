package dev.firebreak.probe;

import dev.firebreak.FirebreakMySqlTest;

/**
 * The probe lifecycle on a real MySQL-protocol server through Connector/J: row locks,
 * boolean columns, the nearest-rank query and the CHECK constraints in MySQL's dialect.
 */
@FirebreakMySqlTest
class MySqlProbeMonitoringTest extends AbstractProbeMonitoringTest {

}
