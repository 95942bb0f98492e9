package dev.firebreak.notify.channel;

/** Why a notification is sent; channels word and colour it accordingly. */
public enum Purpose {

	/** Someone is paged: a new incident, or an escalation reached their level. */
	PAGE,
	/** An SLA clock ran out; the team's managers are told. */
	SLA_BREACH,
	/** A person asked for a test of a contact method. */
	TEST,
	/** A scheduled report, with its workbook attached (email only). */
	REPORT,
	/** A public update of an incident the person follows. */
	UPDATE,
	/**
	 * The public status page's mail to its subscribers (a confirmation, a public update,
	 * a maintenance notice): nothing internal, an unsubscribe link in each.
	 */
	STATUS,
	/** A follow-up action is overdue; its team's managers are told (email only). */
	FOLLOW_UP

}
