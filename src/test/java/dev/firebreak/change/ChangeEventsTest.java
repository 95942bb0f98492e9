package dev.firebreak.change;

import dev.firebreak.FirebreakTest;

@FirebreakTest
class ChangeEventsTest extends AbstractChangeEventsTest {

}
