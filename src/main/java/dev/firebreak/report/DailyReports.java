package dev.firebreak.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.firebreak.security.Actor;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Daily performance reports: generated once per day and stored, so that everyone reading
 * a day later sees the same figures, even after the data moved on (a late
 * acknowledgement, a reprioritisation). Regenerating recomputes and replaces it.
 */
@Service
public class DailyReports {

	private final DailyReportGenerator generator;

	private final DailyReportRepository repository;

	private final ReportCalendar calendar;

	private final ObjectMapper json;

	DailyReports(DailyReportGenerator generator, DailyReportRepository repository, ReportCalendar calendar,
			ObjectMapper json) {
		this.generator = generator;
		this.repository = repository;
		this.calendar = calendar;
		this.json = json;
	}

	/**
	 * The stored report of the day, generated now if nobody asked before, as the actor
	 * may see it.
	 * @throws ReportNotFoundException for a day that is not over yet
	 */
	public DailyReport get(LocalDate date, Actor actor) {
		ReportAudience audience = ReportAudience.of(actor);
		requireOver(date);
		DailyReport report = repository.find(date).map(this::read).orElseGet(() -> generate(date, actor.username()));
		return report.visibleTo(audience);
	}

	/**
	 * Recomputes the day's report from today's data and stores it in place of the old.
	 */
	public DailyReport regenerate(LocalDate date, Actor actor) {
		ReportAudience audience = ReportAudience.of(actor);
		ReportAudience.requireRegenerate(actor);
		requireOver(date);
		DailyReport report = generator.generate(date, now(), actor.username());
		repository.replace(report, write(report));
		return report.visibleTo(audience);
	}

	boolean exists(LocalDate date) {
		return repository.exists(date);
	}

	/**
	 * Generates and stores the day's report unless one is stored; the stored one wins a
	 * race.
	 */
	DailyReport generate(LocalDate date, String generatedBy) {
		DailyReport report = generator.generate(date, now(), generatedBy);
		try {
			repository.insert(report, write(report));
			return report;
		}
		catch (DuplicateKeyException generatedMeanwhile) {
			return repository.find(date).map(this::read).orElseThrow(() -> generatedMeanwhile);
		}
	}

	private void requireOver(LocalDate date) {
		if (!date.isBefore(calendar.today())) {
			throw new ReportNotFoundException("The report for " + date + " does not exist yet: a day's report is made"
					+ " once the day is over in " + calendar.zone().getId() + ".");
		}
	}

	/** Whole milliseconds, as the incident feature keeps its times. */
	private Instant now() {
		return calendar.now().truncatedTo(ChronoUnit.MILLIS);
	}

	private String write(DailyReport report) {
		try {
			return json.writeValueAsString(report);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("A report of plain values always serialises", ex);
		}
	}

	private DailyReport read(String content) {
		try {
			return json.readValue(content, DailyReport.class);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("A stored daily report cannot be read", ex);
		}
	}

}
