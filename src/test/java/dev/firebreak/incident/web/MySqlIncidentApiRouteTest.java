package dev.firebreak.incident.web;

import dev.firebreak.FirebreakMySqlTest;

/**
 * The API route on a real MySQL-protocol server through Connector/J, with the mysql
 * profile's settings and Liquibase applied to an empty database.
 */
@FirebreakMySqlTest
class MySqlIncidentApiRouteTest extends AbstractIncidentApiRouteTest {

}
