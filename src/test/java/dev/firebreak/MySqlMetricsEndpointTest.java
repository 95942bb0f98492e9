package dev.firebreak;

/** The scrape after a scripted day, on the MySQL-protocol test database. */
@FirebreakMySqlTest
class MySqlMetricsEndpointTest extends AbstractMetricsEndpointTest {

}
