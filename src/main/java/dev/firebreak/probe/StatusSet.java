package dev.firebreak.probe;

import java.util.ArrayList;
import java.util.List;

/**
 * The statuses that count as up, written as "200-299,301,302": single codes and ranges,
 * each between 100 and 599.
 */
record StatusSet(List<int[]> ranges) {

	/**
	 * @throws IllegalArgumentException saying what is wrong, for the field's error
	 */
	static StatusSet parse(String text) {
		List<int[]> ranges = new ArrayList<>();
		for (String part : text.replace(" ", "").split(",")) {
			if (part.isEmpty()) {
				throw new IllegalArgumentException(
						"must list statuses or ranges separated by commas, such as 200-299,301");
			}
			String[] bounds = part.split("-", -1);
			if (bounds.length > 2) {
				throw new IllegalArgumentException("'" + part + "' is not a status or a range such as 200-299");
			}
			int low = code(bounds[0], part);
			int high = bounds.length == 2 ? code(bounds[1], part) : low;
			if (low > high) {
				throw new IllegalArgumentException("the range '" + part + "' runs backwards");
			}
			ranges.add(new int[] { low, high });
		}
		return new StatusSet(ranges);
	}

	boolean contains(int status) {
		return ranges.stream().anyMatch(range -> status >= range[0] && status <= range[1]);
	}

	private static int code(String text, String part) {
		try {
			int code = Integer.parseInt(text);
			if (code < 100 || code > 599) {
				throw new IllegalArgumentException("'" + part + "': statuses run from 100 to 599");
			}
			return code;
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("'" + part + "' is not a status or a range such as 200-299");
		}
	}

}
