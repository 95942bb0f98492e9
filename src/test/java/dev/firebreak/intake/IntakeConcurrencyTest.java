package dev.firebreak.intake;

import dev.firebreak.FirebreakTest;

@FirebreakTest
class IntakeConcurrencyTest extends AbstractIntakeConcurrencyTest {

}
