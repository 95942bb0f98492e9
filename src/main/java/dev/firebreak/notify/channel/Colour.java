package dev.firebreak.notify.channel;

/**
 * The colour of a notification, by the incident's priority. Chat formats want it as a hex
 * string (Slack, email), an integer (Discord) or a named style (Adaptive Cards).
 */
enum Colour {

	URGENT(0xD92D20, "Attention"), HIGH(0xF79009, "Warning"), MODERATE(0xEAAA08, "Warning"), LOW(0x1570EF, "Accent"),
	NEUTRAL(0x667085, "Default");

	private final int rgb;

	private final String adaptiveCardColor;

	Colour(int rgb, String adaptiveCardColor) {
		this.rgb = rgb;
		this.adaptiveCardColor = adaptiveCardColor;
	}

	static Colour of(String priority) {
		if (priority == null) {
			return NEUTRAL;
		}
		return switch (priority) {
			case "P1" -> URGENT;
			case "P2" -> HIGH;
			case "P3" -> MODERATE;
			case "P4" -> LOW;
			default -> NEUTRAL;
		};
	}

	int rgb() {
		return rgb;
	}

	/** Such as {@code #D92D20}. */
	String hex() {
		return String.format("#%06X", rgb);
	}

	/**
	 * One of the Adaptive Card TextBlock colours (Attention, Warning, Accent, Default).
	 */
	String adaptiveCardColor() {
		return adaptiveCardColor;
	}

}
