package dev.firebreak.notify.schedule;

/** How long each turn of a layer lasts. */
public enum Rotation {

	/** 24 hours: the handoff is at the same local time every day. */
	DAILY(24),

	/** 168 hours: the handoff is at the same local time on the same weekday. */
	WEEKLY(168),

	/** Any whole number of hours, such as 12 for a day and a night shift. */
	CUSTOM(0);

	private final int hours;

	Rotation(int hours) {
		this.hours = hours;
	}

	/** The fixed length of a turn, or 0 when the layer gives its own. */
	int fixedHours() {
		return hours;
	}

}
