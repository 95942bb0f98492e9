package dev.firebreak.suppression;

import java.util.Map;

/**
 * The labels of the alert behind an incident, so that a silence can be pre-filled from
 * the incident page. Intake implements it: suppression may not depend on intake, so it
 * states what it needs and intake provides it.
 */
public interface IncidentAlertLabels {

	/**
	 * The labels of the latest firing alert with this key, the same labels silences are
	 * matched against; empty when the inbox has none.
	 */
	Map<String, String> of(long integrationId, String dedupKey);

}
