package dev.firebreak.intake;

/** Which sender an integration speaks for, and so which endpoint and format it uses. */
public enum IntegrationType {

	ALERTMANAGER(true, "Alertmanager"), PAGERDUTY(false, "PagerDuty"), GRAFANA(true, "Grafana"),
	UPTIME_KUMA(false, "Uptime Kuma"), GENERIC(false, "Generic JSON"),
	/**
	 * A deploy pipeline reporting deployments (the change feature's endpoint); it raises
	 * no alerts.
	 */
	DEPLOYMENT(false, "Deployments"),
	/** Firebreak's own HTTP probes; it has no key usable from outside. */
	PROBE(false, "Firebreak probes");

	private final boolean resendsWhileFiring;

	private final String label;

	IntegrationType(boolean resendsWhileFiring, String label) {
		this.resendsWhileFiring = resendsWhileFiring;
		this.label = label;
	}

	/** The sender's name as its makers spell it ("PagerDuty", "Uptime Kuma"). */
	public String label() {
		return label;
	}

	/**
	 * Senders that repeat a firing alert at an interval; silence from them means the
	 * alert was silenced or lost, so such incidents can go stale. The others send on
	 * change only.
	 */
	public boolean resendsWhileFiring() {
		return resendsWhileFiring;
	}

	/**
	 * Senders of alerts, which the admin's <b>Send test alert</b> can imitate;
	 * deployments and probes are not alerts from outside.
	 */
	public boolean sendsAlerts() {
		return this != DEPLOYMENT && this != PROBE;
	}

}
