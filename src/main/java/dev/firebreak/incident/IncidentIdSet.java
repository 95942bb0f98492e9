package dev.firebreak.incident;

import java.util.List;
import java.util.Map;

/**
 * Which incidents' rows a page reads, as a condition on {@code incident_id} with its
 * parameters. A page without gaps in its ids (every page of an unfiltered read) is read
 * as an id range: H2 checks a list of parameters value by value for every row it reads,
 * which cost more than the rest of the query. The incident's and the task's queries use
 * it alike.
 */
public record IncidentIdSet(String sql, Map<String, Object> params) {

	/**
	 * @param ascending a page's incident ids, at least one, in ascending order
	 */
	public static IncidentIdSet of(List<Long> ascending) {
		long first = ascending.get(0);
		long last = ascending.get(ascending.size() - 1);
		if (last - first + 1 == ascending.size()) {
			return new IncidentIdSet("incident_id between :first and :last", Map.of("first", first, "last", last));
		}
		return new IncidentIdSet("incident_id in (:ids)", Map.of("ids", ascending));
	}

}
