package dev.firebreak.report;

import java.util.Set;

import dev.firebreak.security.Actor;
import dev.firebreak.security.Role;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo profile's improvement goal: Maya (manager of payments) wants {@code checkout}
 * incidents resolved within an hour on average 90 days from the demo's first start, so
 * the goals page and the reviews' Goals part have something to track. Set through
 * {@link Goals} as the page does, once: only while there is no goal at all.
 */
@Component
@Profile("demo")
@Order(13)
class DemoGoals implements ApplicationRunner {

	static final String SERVICE = "checkout";

	private static final Actor MAYA = new Actor("maya", Set.of(Role.MANAGER.name()),
			Set.of("payments", "web", "platform"));

	private final Goals goals;

	private final GoalRepository repository;

	private final ReportCalendar calendar;

	DemoGoals(Goals goals, GoalRepository repository, ReportCalendar calendar) {
		this.goals = goals;
		this.repository = repository;
		this.calendar = calendar;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!repository.all().isEmpty()) {
			return;
		}
		String deadline = calendar.today().plusDays(90).toString();
		goals.create(new GoalRequest(GoalMetric.MTTR_MINUTES.name(), SERVICE, 60.0, null, deadline), MAYA);
	}

}
