package dev.firebreak.incident.web;

import dev.firebreak.FirebreakMySqlTest;

/**
 * Search on a real MySQL-protocol server: {@code lower(...) like} over varchar and text
 * columns, with the {@code escape} clause, behaves as on H2.
 */
@FirebreakMySqlTest
class MySqlIncidentSearchTest extends AbstractIncidentSearchTest {

}
