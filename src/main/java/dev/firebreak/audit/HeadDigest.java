package dev.firebreak.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * One figure for the heads of many chains, as an export carries for the incidents it
 * holds: SHA-256 over one line {@code "<chain> <last entry id> <last entry hash>\n"} per
 * chain, in the order added ({@code "INC-000123 4711 ab12…"}). Recomputed from the live
 * record to check an export later.
 */
public final class HeadDigest {

	private final MessageDigest sha = ChainHash.sha256();

	private long chains;

	/**
	 * @param chain how people name the chain (an incident's number)
	 */
	public void add(String chain, long lastEntryId, String lastHash) {
		sha.update((chain + " " + lastEntryId + " " + lastHash + "\n").getBytes(StandardCharsets.UTF_8));
		chains++;
	}

	public long chains() {
		return chains;
	}

	/** The digest; the accumulator is spent afterwards. */
	public String hex() {
		return HexFormat.of().formatHex(sha.digest());
	}

}
