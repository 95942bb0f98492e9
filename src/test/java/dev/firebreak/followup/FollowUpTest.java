package dev.firebreak.followup;

import dev.firebreak.FirebreakTest;

@FirebreakTest
class FollowUpTest extends AbstractFollowUpTest {

}
