package dev.firebreak.incident.web;

import dev.firebreak.FirebreakTest;

/** The API route on the embedded default database (H2). */
@FirebreakTest
class IncidentApiRouteTest extends AbstractIncidentApiRouteTest {

}
