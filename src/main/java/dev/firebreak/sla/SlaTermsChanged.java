package dev.firebreak.sla;

import java.util.Set;

/**
 * The due times of some incidents may have moved (a pause started or ended, a policy or
 * calendar changed): whoever keeps deadline timers moves them. Published in the
 * transaction of the change.
 *
 * @param incidentIds these incidents; empty when the change concerns more
 * @param services the open incidents of these services; with no ids either, every open
 * incident
 */
public record SlaTermsChanged(Set<Long> incidentIds, Set<String> services) {

	static SlaTermsChanged incident(long id) {
		return new SlaTermsChanged(Set.of(id), Set.of());
	}

	static SlaTermsChanged everyOpenIncident() {
		return new SlaTermsChanged(Set.of(), Set.of());
	}

	/**
	 * A policy whose scope was (and is) one service concerns only that service's
	 * incidents.
	 */
	static SlaTermsChanged policy(SlaPolicy before, SlaPolicy after) {
		if ((before != null && before.service() == null) || (after != null && after.service() == null)) {
			return everyOpenIncident();
		}
		java.util.Set<String> services = new java.util.HashSet<>();
		if (before != null) {
			services.add(before.service());
		}
		if (after != null) {
			services.add(after.service());
		}
		return new SlaTermsChanged(Set.of(), Set.copyOf(services));
	}

	/** Whether the change concerns the open incident of this id and service. */
	public boolean concerns(long incidentId, String service) {
		if (!incidentIds.isEmpty()) {
			return incidentIds.contains(incidentId);
		}
		return services.isEmpty() || services.contains(service);
	}

}
