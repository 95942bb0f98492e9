package dev.firebreak.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** What the paging benchmark measured, and its table rows. */
final class PagingFigures {

	private PagingFigures() {
	}

	/** Per incident of the burst: its alert's 202, its commit, its two pages. */
	static final class Burst {

		private final List<Instant> accepted = new ArrayList<>();

		private final List<Instant> created = new ArrayList<>();

		private final List<Instant> mailed = new ArrayList<>();

		private final List<Instant> hooked = new ArrayList<>();

		private final List<Instant> first = new ArrayList<>();

		void add(Instant accepted, Instant created, Instant mailed, Instant hooked) {
			if (created == null) {
				throw new IllegalStateException("an incident's commit was not seen");
			}
			this.accepted.add(accepted);
			this.created.add(created);
			this.mailed.add(mailed);
			this.hooked.add(hooked);
			this.first.add(mailed.isBefore(hooked) ? mailed : hooked);
		}

		/** Seconds from the first 202 to the last. */
		double lastAccepted() {
			return seconds(accepted.stream().max(Instant::compareTo).orElseThrow());
		}

		/** Seconds from the first 202 to the last page's arrival. */
		double lastPage() {
			Instant mail = mailed.stream().max(Instant::compareTo).orElseThrow();
			Instant hook = hooked.stream().max(Instant::compareTo).orElseThrow();
			return seconds(mail.isAfter(hook) ? mail : hook);
		}

		private double seconds(Instant to) {
			return Duration.between(accepted.stream().min(Instant::compareTo).orElseThrow(), to).toMillis() / 1000.0;
		}

		void rows(Report report) {
			Delays baseline = Delays.between(accepted, created);
			Delays firstPage = Delays.between(accepted, first);
			row(report, "incident created (baseline)", baseline, "", false);
			row(report, "email handed to the SMTP server", Delays.between(accepted, mailed), "", false);
			row(report, "webhook at the receiver", Delays.between(accepted, hooked), "", false);
			row(report, "first notification", firstPage, "", false);
			Delays perIncident = Delays.between(created, first);
			row(report, "first notification − incident created, per incident", perIncident, "p99 ≤ 2 s",
					perIncident.percentile(99) <= 2_000);
			long p99 = firstPage.percentile(99) - baseline.percentile(99);
			report.row("first notification − baseline, percentile by percentile",
					Delays.seconds(firstPage.percentile(50) - baseline.percentile(50)), Delays.seconds(p99), "",
					"p99 ≤ 2 s", p99 <= 2_000 ? "yes" : "NO");
		}

	}

	/** Per escalation step: when it was due, taken, and its page arrived. */
	static final class Escalation {

		private final List<Instant> due = new ArrayList<>();

		private final List<Instant> taken = new ArrayList<>();

		private final List<Instant> paged = new ArrayList<>();

		void add(Instant due, Instant taken, Instant paged) {
			if (due == null || taken == null) {
				throw new IllegalStateException("an escalation step was not seen: due " + due + ", taken " + taken);
			}
			this.due.add(due);
			this.taken.add(taken);
			this.paged.add(paged);
		}

		void rows(Report report) {
			Delays steps = Delays.between(due, taken);
			Delays pages = Delays.between(due, paged);
			row(report, "step taken (escalation committed)", steps, "p99 ≤ 5 s", steps.percentile(99) <= 5_000);
			row(report, "next level's email handed to the SMTP server", pages, "p99 ≤ 5 s",
					pages.percentile(99) <= 5_000);
		}

	}

	private static void row(Report report, String figure, Delays delays, String target, boolean met) {
		report.row(figure, Delays.seconds(delays.percentile(50)), Delays.seconds(delays.percentile(99)),
				Delays.seconds(delays.max()), target, target.isEmpty() ? "" : met ? "yes" : "NO");
	}

}
