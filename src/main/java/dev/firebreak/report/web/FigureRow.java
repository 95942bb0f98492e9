package dev.firebreak.report.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import dev.firebreak.report.DailyReport.EvaluationFigures;
import dev.firebreak.report.Figure;
import dev.firebreak.web.Formats;

/**
 * One evaluation figure of the daily report as a page shows it: the value, and its change
 * against the previous day and the 30-day baseline as an arrow with words ("↑ up 50 %"),
 * so the direction never rests on a symbol alone.
 */
record FigureRow(String metric, String value, String previousDay, String vsPreviousDay, String baseline,
		String vsBaseline) {

	static List<FigureRow> of(EvaluationFigures figures) {
		List<FigureRow> rows = new ArrayList<>();
		rows.add(row("Incidents resolved", figures.incidentsResolved(), FigureRow::number));
		rows.add(row("MTTA", figures.mttaSeconds(), FigureRow::duration));
		rows.add(row("MTTR", figures.mttrSeconds(), FigureRow::duration));
		rows.add(row("SLA compliance, resolve", figures.slaCompliancePercent(), FigureRow::percent));
		rows.add(row("SLA compliance, acknowledge", figures.ackCompliancePercent(), FigureRow::percent));
		rows.add(row("Hotfixes deployed", figures.hotfixesDeployed(), FigureRow::number));
		return rows;
	}

	/**
	 * Whether any figure has something to show on this day, the day before or the 30
	 * before.
	 */
	static boolean anything(EvaluationFigures figures) {
		return List
			.of(figures.incidentsResolved(), figures.mttaSeconds(), figures.mttrSeconds(),
					figures.slaCompliancePercent(), figures.ackCompliancePercent(), figures.hotfixesDeployed())
			.stream()
			.anyMatch(f -> nonZero(f.value()) || nonZero(f.previousDay()) || nonZero(f.baseline()));
	}

	private static FigureRow row(String metric, Figure figure, Function<Double, String> format) {
		return new FigureRow(metric, format.apply(figure.value()), format.apply(figure.previousDay()),
				change(figure.arrowFromPreviousDay(), figure.changeFromPreviousDayPercent()),
				format.apply(figure.baseline()),
				change(figure.arrowFromBaseline(), figure.changeFromBaselinePercent()));
	}

	/** The arrow shows the direction, not whether it is good: a higher MTTR is ↑ too. */
	static String change(String arrow, Double percent) {
		if (arrow == null) {
			return "—";
		}
		String words = switch (arrow) {
			case "↑" -> "up";
			case "↓" -> "down";
			default -> "no change";
		};
		if (percent == null || "→".equals(arrow)) {
			return "↑".equals(arrow) ? arrow + " up from 0" : arrow + " " + words;
		}
		return arrow + " " + words + " " + decimal(Math.abs(percent)) + " %";
	}

	static String number(Double value) {
		return value == null ? "—" : decimal(value);
	}

	static String percent(Double value) {
		return value == null ? "—" : decimal(value) + " %";
	}

	/** Uptime needs three decimals: 99.95 % is not 100 %, and 99.899 % misses 99.9 %. */
	static String precisePercent(Double value) {
		return value == null ? "—"
				: BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString()
						+ " %";
	}

	static String duration(Double seconds) {
		return Formats.fromSeconds(seconds);
	}

	/** At most two decimals, none when whole: 3, 0.03, 66.67. */
	static String decimal(double value) {
		return dev.firebreak.report.Numbers.decimal(value);
	}

	private static boolean nonZero(Double value) {
		return value != null && value != 0;
	}

}
