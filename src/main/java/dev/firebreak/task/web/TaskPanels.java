package dev.firebreak.task.web;

import java.util.List;
import java.util.stream.Collectors;

import dev.firebreak.task.WorkTaskQueries;
import dev.firebreak.task.WorkTaskRecord;
import dev.firebreak.web.Formats;
import dev.firebreak.web.PagePanel;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the task feature adds to other features' pages. */
@Configuration(proxyBeanMethods = false)
class TaskPanels {

	/**
	 * Before a person is disabled: the open tasks they hold stay claimed by them (a claim
	 * is not taken back on its own), so their team has to take each over.
	 */
	@Bean
	PagePanel claimedTasksOfADisabledPerson(WorkTaskQueries tasks) {
		return PagePanel.of(PagePanel.DISABLE_PERSON, (username, reader) -> {
			List<WorkTaskRecord> held = tasks.openClaimedBy(username);
			if (held.isEmpty()) {
				return PagePanel.consequences(List.of());
			}
			String stages = held.stream()
				.map(task -> Formats.label(task.stage()).toLowerCase(java.util.Locale.ROOT) + " of " + task.team())
				.collect(Collectors.joining(", "));
			return PagePanel.consequences(List.of((held.size() == 1 ? "1 open task" : held.size() + " open tasks")
					+ " (" + stages + (held.size() == 1 ? ") stays claimed by " : ") stay claimed by ") + username
					+ ": nobody works on " + (held.size() == 1 ? "it" : "them") + " until someone of the team takes "
					+ (held.size() == 1 ? "it" : "each") + " over (Take over on the incident page)."));
		});
	}

}
