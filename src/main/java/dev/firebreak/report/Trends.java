package dev.firebreak.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import dev.firebreak.incident.IncidentRecord;
import dev.firebreak.probe.AvailabilityQuery;
import dev.firebreak.probe.UptimeCount;
import dev.firebreak.report.Trend.Point;
import dev.firebreak.security.Actor;
import dev.firebreak.sla.SlaState;

import org.springframework.stereotype.Service;

/**
 * Trends of one metric per day, week or month. Each period's value is computed over that
 * whole period (MTTA of a week is the mean over the week's acknowledgements, not a mean
 * of daily means), with the same definitions as the daily report.
 */
@Service
public class Trends {

	/** Two years of days: enough to compare a year with the one before. */
	static final int MAX_DAYS = 731;

	private final ReportData data;

	private final AvailabilityQuery availability;

	private final ReportCalendar calendar;

	Trends(ReportData data, AvailabilityQuery availability, ReportCalendar calendar) {
		this.data = data;
		this.availability = availability;
		this.calendar = calendar;
	}

	/** Today in the report zone, so that a page can ask for trends up to now. */
	public LocalDate today() {
		return calendar.today();
	}

	/**
	 * @param from first day, included; null means 29 days before {@code to}
	 * @param to last day, included; null means yesterday
	 */
	public Trend get(String metricName, String byName, LocalDate from, LocalDate to, Actor actor) {
		return get(metricName, byName, from, to, null, actor);
	}

	/**
	 * {@link #get} of one team's services only (null: every team the person may see).
	 */
	public Trend get(String metricName, String byName, LocalDate from, LocalDate to, String team, Actor actor) {
		return get(List.of(new Ask(metricName, byName, from, to)), team, actor).get(0);
	}

	/**
	 * Several trends of the same team at once, each as {@link #get} gives it: the trends
	 * that end on the same day are counted from one read of the incidents of the days
	 * they span together, not one read each (the dashboard shows four).
	 */
	public List<Trend> get(List<Ask> asks, String team, Actor actor) {
		ReportAudience audience = ReportAudience.of(actor);
		List<Asked> asked = asks.stream().map(this::asked).toList();
		Set<String> visible = visibleServices(audience, team);
		boolean everything = audience.everything() && team == null;
		Predicate<String> counts = everything ? service -> true : visible::contains;
		Map<LocalDate, Map<LocalDate, Tally>> daysByLast = new HashMap<>();
		asked.stream()
			.filter(one -> one.metric() != TrendMetric.UPTIME)
			.collect(Collectors.groupingBy(Asked::last))
			.forEach((last, same) -> daysByLast.put(last, days(same, counts)));
		List<Trend> trends = new ArrayList<>();
		for (Asked one : asked) {
			List<Point> points = one.metric() == TrendMetric.UPTIME
					? uptime(one.by(), one.first(), one.last(), everything ? null : visible)
					: points(one, daysByLast.get(one.last()));
			trends.add(new Trend(one.metric().parameter(), one.by().parameter(), one.first(), one.last(),
					calendar.zone().getId(), one.metric().unit, audience.scope(), points));
		}
		return trends;
	}

	/**
	 * One trend asked for, as {@link #get} takes its parameters.
	 *
	 * @param from first day, included; null means 29 days before {@code to}
	 * @param to last day, included; null means yesterday
	 */
	public record Ask(String metric, String by, LocalDate from, LocalDate to) {
	}

	/** An {@link Ask} checked, with its defaults filled in. */
	private record Asked(TrendMetric metric, TrendBucket by, LocalDate first, LocalDate last) {
	}

	private Asked asked(Ask ask) {
		if (ask.metric() == null || ask.metric().isBlank()) {
			throw new InvalidReportRequestException("metric", "is required: one of " + TrendMetric.names());
		}
		TrendMetric metric = TrendMetric.of(ask.metric());
		TrendBucket by = ask.by() == null ? TrendBucket.DAY : TrendBucket.of(ask.by());
		LocalDate last = ask.to() != null ? ask.to() : calendar.today().minusDays(1);
		LocalDate first = ask.from() != null ? ask.from() : last.minusDays(29);
		if (first.isAfter(last)) {
			throw new InvalidReportRequestException("from", "must not be after to (" + last + ")");
		}
		if (ChronoUnit.DAYS.between(first, last) + 1 > MAX_DAYS) {
			throw new InvalidReportRequestException("to", "must be at most " + MAX_DAYS + " days after from");
		}
		return new Asked(metric, by, first, last);
	}

	/**
	 * The incidents behind one figure of a trend: those detected ({@code opened}),
	 * acknowledged or resolved within the days, as the trend counts them, of the team's
	 * services (null: every team the person may see), in the order they happened.
	 */
	public List<IncidentRecord> behind(String kind, LocalDate from, LocalDate to, String team, Actor actor) {
		Function<IncidentRecord, Instant> at = switch (kind) {
			case "opened" -> IncidentRecord::detectedAt;
			case "acknowledged" -> IncidentRecord::acknowledgedAt;
			case "resolved" -> IncidentRecord::resolvedAt;
			default -> throw new InvalidReportRequestException("kind", "must be opened, acknowledged or resolved");
		};
		if (from == null || to == null || from.isAfter(to) || ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
			throw new InvalidReportRequestException("from",
					"must be a day not after to, at most " + MAX_DAYS + " days before it");
		}
		ReportAudience audience = ReportAudience.of(actor);
		Set<String> visible = visibleServices(audience, team);
		boolean everything = audience.everything() && team == null;
		Period window = calendar.days(from, to);
		return data.incidentsActiveIn(window)
			.stream()
			.filter(incident -> (everything || visible.contains(incident.service()))
					&& window.contains(at.apply(incident)))
			.sorted(Comparator.comparing(at))
			.toList();
	}

	private Set<String> visibleServices(ReportAudience audience, String team) {
		return data.services()
			.stream()
			.filter(service -> audience.sees(service.team()) && (team == null || team.equals(service.team())))
			.map(ServiceInfo::name)
			.collect(Collectors.toSet());
	}

	/**
	 * The day tallies of trends that end on the same day, over the days they span
	 * together: a day's tally is the same whichever window around it is read. Only the
	 * SLA metric needs the clocks as the policies measure them; the others count
	 * detections, acknowledgements and resolutions, so their clocks are not worked out.
	 */
	private Map<LocalDate, Tally> days(List<Asked> asked, Predicate<String> counts) {
		LocalDate first = asked.stream().map(Asked::first).min(Comparator.naturalOrder()).orElseThrow();
		Period window = calendar.days(first, asked.get(0).last());
		// no trend metric counts hotfixes, so the timeline is not read
		List<IncidentRecord> active = data.incidentsActiveIn(window);
		Map<Long, SlaState> sla = asked.stream().anyMatch(one -> one.metric() == TrendMetric.SLA)
				? data.sla(active, window.to()) : recorded(active, window.to());
		return Tallies.of(active, sla, List.of(), window, calendar, counts).all();
	}

	/**
	 * The clocks as the incidents recorded them, for the tallies' counts that ignore
	 * them.
	 */
	private static Map<Long, SlaState> recorded(List<IncidentRecord> active, Instant at) {
		Map<Long, SlaState> states = new HashMap<>();
		for (IncidentRecord incident : active) {
			states.put(incident.id(), SlaState.of(incident, at));
		}
		return states;
	}

	private static List<Point> points(Asked one, Map<LocalDate, Tally> days) {
		TrendMetric metric = one.metric();
		TrendBucket by = one.by();
		List<Point> points = new ArrayList<>();
		for (LocalDate start = one.first(); !start.isAfter(one.last()); start = by.lastDay(start).plusDays(1)) {
			LocalDate end = min(by.lastDay(start), one.last());
			Tally tally = Tallies.sum(days, start, end);
			points.add(
					new Point(by.label(start), start, end, metric.value.apply(tally), metric.count.applyAsLong(tally)));
		}
		return points;
	}

	private List<Point> uptime(TrendBucket by, LocalDate first, LocalDate last, Set<String> services) {
		List<Point> points = new ArrayList<>();
		for (LocalDate start = first; !start.isAfter(last); start = by.lastDay(start).plusDays(1)) {
			LocalDate end = min(by.lastDay(start), last);
			Period period = calendar.days(start, end);
			UptimeCount count = availability.uptime(services, period.from(), period.to());
			points.add(new Point(by.label(start), start, end, count.uptimePercent(), count.samples()));
		}
		return points;
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

}
