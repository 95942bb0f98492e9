package dev.firebreak.audit;

import dev.firebreak.FirebreakMySqlTest;

/**
 * The hash chains on a real MySQL-protocol server through Connector/J: its column types
 * (DATETIME, TEXT) read back into the content that was hashed, by the verifier and the
 * backfill alike.
 */
@FirebreakMySqlTest
class MySqlHashChainTest extends HashChainTest {

}
