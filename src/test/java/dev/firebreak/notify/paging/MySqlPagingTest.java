package dev.firebreak.notify.paging;

import dev.firebreak.FirebreakMySqlTest;

/** Escalation end to end on a real MySQL-protocol server. */
@FirebreakMySqlTest
class MySqlPagingTest extends AbstractPagingTest {

}
