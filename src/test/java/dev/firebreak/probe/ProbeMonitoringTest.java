package dev.firebreak.probe;

import dev.firebreak.FirebreakTest;

/** The probe lifecycle on the embedded default database (H2). */
@FirebreakTest
class ProbeMonitoringTest extends AbstractProbeMonitoringTest {

}
