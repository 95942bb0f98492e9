package dev.firebreak;

/** The scrape after a scripted day, on H2. */
@FirebreakTest
class MetricsEndpointTest extends AbstractMetricsEndpointTest {

}
