package dev.firebreak.postmortem;

import dev.firebreak.FirebreakTest;

@FirebreakTest
class PostmortemTest extends AbstractPostmortemTest {

}
