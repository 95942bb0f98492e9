package dev.firebreak.change;

/** Which endpoint, and so which sender's format, a change event came through. */
public enum ChangeFormat {

	/** PagerDuty's Events API v2 change event ({@code /v2/change/enqueue}). */
	PAGERDUTY,
	/** Firebreak's deployment JSON ({@code /api/v1/intake/deployments}). */
	DEPLOYMENT

}
