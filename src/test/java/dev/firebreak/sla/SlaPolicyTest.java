package dev.firebreak.sla;

import dev.firebreak.FirebreakTest;

/** SLA policies and their recomputation on the embedded database. */
@FirebreakTest
class SlaPolicyTest extends AbstractSlaPolicyTest {

}
