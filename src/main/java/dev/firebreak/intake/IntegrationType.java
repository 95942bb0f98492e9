package dev.firebreak.intake;

/** Which sender an integration speaks for, and so which endpoint and format it uses. */
public enum IntegrationType {

	ALERTMANAGER(true), PAGERDUTY(false), GRAFANA(true), UPTIME_KUMA(false), GENERIC(false),
	/** Firebreak's own HTTP probes; it has no key usable from outside. */
	PROBE(false);

	private final boolean resendsWhileFiring;

	IntegrationType(boolean resendsWhileFiring) {
		this.resendsWhileFiring = resendsWhileFiring;
	}

	/**
	 * Senders that repeat a firing alert at an interval; silence from them means the
	 * alert was silenced or lost, so such incidents can go stale. The others send on
	 * change only.
	 */
	public boolean resendsWhileFiring() {
		return resendsWhileFiring;
	}

}
