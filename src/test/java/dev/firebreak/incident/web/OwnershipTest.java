package dev.firebreak.incident.web;

import dev.firebreak.FirebreakTest;

/** Incident ownership on the embedded database. */
@FirebreakTest
class OwnershipTest extends AbstractOwnershipTest {

}
