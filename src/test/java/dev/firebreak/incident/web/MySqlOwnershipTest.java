package dev.firebreak.incident.web;

import dev.firebreak.FirebreakMySqlTest;

/**
 * Incident ownership on a real MySQL-protocol server: the owner column of the 0020
 * changelog, its updates beside the engine's assignee, in one transaction.
 */
@FirebreakMySqlTest
class MySqlOwnershipTest extends AbstractOwnershipTest {

}
