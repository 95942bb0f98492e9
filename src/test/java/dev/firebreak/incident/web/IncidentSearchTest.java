package dev.firebreak.incident.web;

import dev.firebreak.FirebreakTest;

/** Search on the embedded H2 database. */
@FirebreakTest
class IncidentSearchTest extends AbstractIncidentSearchTest {

}
