package dev.firebreak.postmortem;

import dev.firebreak.FirebreakMySqlTest;

@FirebreakMySqlTest
class MySqlPostmortemTest extends AbstractPostmortemTest {

}
