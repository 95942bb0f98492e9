package dev.firebreak.notify.web;

/** A number of minutes as people say it: "5 min", "1 h 30 min", "24 h". */
final class Minutes {

	private Minutes() {
	}

	static String words(int minutes) {
		int hours = minutes / 60;
		int rest = minutes % 60;
		if (hours == 0) {
			return minutes + " min";
		}
		return rest == 0 ? hours + " h" : hours + " h " + rest + " min";
	}

}
