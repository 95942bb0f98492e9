package dev.firebreak.audit;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What {@link ChainVerifier} found in one chained table. In JSON a table of many chains
 * names them by their noun ({@code "incidents": 12}, and {@code "incident"} on a break),
 * as the API has always answered.
 *
 * @param noun what one of the chains is ("incident"); null for one chain over the table
 * @param chains how many chains were walked
 * @param first the broken link with the lowest entry id, null when the chains hold
 * @param head the newest link as appends recorded it, for a table with a head row
 */
public record ChainVerification(@JsonIgnore String noun, @JsonIgnore long chains, long entries, long broken,
		Break first, @JsonInclude(JsonInclude.Include.NON_NULL) Chain.Head head) {

	public boolean ok() {
		return broken == 0;
	}

	@JsonAnyGetter
	Map<String, Long> chainCount() {
		return noun == null ? Map.of() : Map.of(noun + "s", chains);
	}

	/**
	 * @param chain how people name the chain that breaks here ("INC-000042"), null for
	 * one chain over the table
	 * @param page where people read that chain, null for none
	 */
	public record Break(long entryId, @JsonIgnore String noun, @JsonIgnore String chain, @JsonIgnore String page,
			String reason) {

		@JsonAnyGetter
		Map<String, String> chainName() {
			return noun == null ? Map.of() : Map.of(noun, chain);
		}

	}

}
