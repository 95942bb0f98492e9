package dev.firebreak.notify.paging;

import dev.firebreak.notify.NotifyProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Incident events are handled after commit on two threads of their own, so that neither a
 * request nor the intake worker waits while paging is planned. Tests plan on the
 * committing thread ({@code firebreak.notify.async-events=false}).
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class PagingConfiguration {

	static final String EVENTS = "notifyEvents";

	@Bean(EVENTS)
	TaskExecutor notifyEvents(NotifyProperties properties) {
		if (!properties.asyncEvents()) {
			return new SyncTaskExecutor();
		}
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setCorePoolSize(2);
		executor.setMaxPoolSize(2);
		executor.setThreadNamePrefix("notify-events-");
		executor.setWaitForTasksToCompleteOnShutdown(true);
		executor.setAwaitTerminationSeconds(10);
		executor.initialize();
		return executor;
	}

}
