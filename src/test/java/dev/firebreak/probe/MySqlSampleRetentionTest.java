package dev.firebreak.probe;

import dev.firebreak.FirebreakMySqlTest;

/**
 * Probe sample roll-ups on a real MySQL-protocol server: the locking reads, the union of
 * samples and roll-ups and the text column of response times in MySQL's dialect.
 */
@FirebreakMySqlTest
class MySqlSampleRetentionTest extends AbstractSampleRetentionTest {

}
