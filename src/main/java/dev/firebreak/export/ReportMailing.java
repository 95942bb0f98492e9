package dev.firebreak.export;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import dev.firebreak.cluster.ClusterLock;
import dev.firebreak.notify.ReportMail;
import dev.firebreak.report.DailyReports;
import dev.firebreak.report.ReportSchedule;
import dev.firebreak.report.SlaReports;
import dev.firebreak.security.People;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mails yesterday's daily report and last month's SLA report to their subscribers, with
 * the workbook attached, once per period for the whole cluster: the mailing's row in
 * {@code fb_report_mailing} is written in the same transaction as the emails are put in
 * the outbox, so either every subscriber's email is queued and the period is marked, or
 * neither (and the next tick tries again). Each subscriber gets the report as they may
 * read it in Firebreak.
 */
@Component
public class ReportMailing {

	private static final Logger log = LoggerFactory.getLogger(ReportMailing.class);

	private static final Duration LEASE = Duration.ofMinutes(5);

	private final ReportSchedule schedule;

	private final ReportSubscriptions subscriptions;

	private final DailyReports daily;

	private final SlaReports sla;

	private final ReportMail mail;

	private final ClusterLock lock;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	ReportMailing(ReportSchedule schedule, ReportSubscriptions subscriptions, DailyReports daily, SlaReports sla,
			ReportMail mail, ClusterLock lock, JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
		this.schedule = schedule;
		this.subscriptions = subscriptions;
		this.daily = daily;
		this.sla = sla;
		this.mail = mail;
		this.lock = lock;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${firebreak.reports.tick-interval:1m}", initialDelayString = "PT45S")
	void tick() {
		if (!schedule.enabled()) {
			return;
		}
		try {
			runDue().forEach(done -> log.info("Mailed {}", done));
		}
		catch (RuntimeException ex) {
			log.warn("Scheduled reports could not be mailed yet: {}", ex.toString());
		}
	}

	/**
	 * Mails what is due and not mailed yet, if this node holds the lease.
	 * @return what was mailed, such as {@code DAILY 2026-03-02 to 3 people}
	 */
	public List<String> runDue() {
		List<String> mailed = new ArrayList<>();
		schedule.dailyDue().ifPresent(day -> mailDaily(day).ifPresent(mailed::add));
		schedule.monthlyDue().ifPresent(month -> mailMonthly(month).ifPresent(mailed::add));
		return mailed;
	}

	private java.util.Optional<String> mailDaily(LocalDate day) {
		return mailing("DAILY", day.toString(), person -> {
			byte[] workbook = DailyReportWorkbook.of(daily.get(day, person.asActor()));
			return mail.send(person.username(), "Firebreak daily report for " + day,
					"The Monitoring, Evaluation and Learning report for " + day
							+ " is attached, with the figures you may see in Firebreak.",
					"firebreak-daily-report-" + day + ".xlsx", workbook, "DAILY:" + day);
		});
	}

	private java.util.Optional<String> mailMonthly(YearMonth month) {
		return mailing("MONTHLY_SLA", month.toString(), person -> {
			byte[] workbook = SlaReportWorkbook.of(sla.get(month, person.asActor()));
			return mail.send(person.username(), "Firebreak SLA report for " + month,
					"The SLA compliance report for " + month
							+ " is attached, with the figures you may see in Firebreak.",
					"firebreak-sla-report-" + month + ".xlsx", workbook, "MONTHLY_SLA:" + month);
		});
	}

	private java.util.Optional<String> mailing(String report, String period, Mailer mailer) {
		if (mailed(report, period) || subscriptions.recipients(report).isEmpty()
				|| !lock.tryAcquire("report-mailing", LEASE)) {
			return java.util.Optional.empty();
		}
		return java.util.Optional.ofNullable(transactions.execute(status -> {
			try {
				jdbc.sql("insert into fb_report_mailing (report, period, sent_at) values (?, ?, ?)")
					.params(report, period, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
					.update();
			}
			catch (DuplicateKeyException anotherNodeMailedIt) {
				return null;
			}
			int queued = 0;
			for (People.Person person : subscriptions.recipients(report)) {
				queued += mailer.mail(person);
			}
			return report + " " + period + ": " + queued + " emails";
		}));
	}

	private boolean mailed(String report, String period) {
		return jdbc.sql("select count(*) from fb_report_mailing where report = ? and period = ?")
			.params(report, period)
			.query(Long.class)
			.single() > 0;
	}

	private interface Mailer {

		int mail(People.Person person);

	}

}
