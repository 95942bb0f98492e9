package dev.firebreak.suppression;

import dev.firebreak.FirebreakMySqlTest;

/**
 * The suppression path on a real MySQL-protocol server: the full migration, whole-second
 * times, and the inbox, silences and windows in InnoDB.
 */
@FirebreakMySqlTest
class MySqlSuppressionTest extends AbstractSuppressionTest {

}
