package dev.firebreak.change;

import dev.firebreak.FirebreakMySqlTest;

@FirebreakMySqlTest
class MySqlChangeEventsTest extends AbstractChangeEventsTest {

}
