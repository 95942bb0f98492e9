package dev.firebreak.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Figures as the report pages and the review sentences write them. */
public final class Numbers {

	private Numbers() {
	}

	/** At most two decimals, none when whole: 3, 0.03, 66.67. */
	public static String decimal(double value) {
		return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
	}

	/** Seconds as minutes with at most one decimal: "90 min", "2.5 min". */
	static String minutes(double seconds) {
		return BigDecimal.valueOf(seconds / 60).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString()
				+ " min";
	}

}
