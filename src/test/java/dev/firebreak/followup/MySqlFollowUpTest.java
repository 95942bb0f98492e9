package dev.firebreak.followup;

import dev.firebreak.FirebreakMySqlTest;

@FirebreakMySqlTest
class MySqlFollowUpTest extends AbstractFollowUpTest {

}
