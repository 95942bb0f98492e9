package dev.firebreak.notify.schedule;

import dev.firebreak.FirebreakMySqlTest;

/**
 * The schedules API on a real MySQL-protocol server through Connector/J: the layers' JSON
 * in a text column, whole-second datetime columns, the unique name per team and the
 * optimistic version in MySQL's dialect.
 */
@FirebreakMySqlTest
class MySqlScheduleApiTest extends ScheduleApiTest {

}
