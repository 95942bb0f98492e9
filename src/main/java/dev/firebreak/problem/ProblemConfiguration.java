package dev.firebreak.problem;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ProblemProperties.class)
class ProblemConfiguration {

	@Bean
	RecurrenceRule recurrenceRule(ProblemProperties properties) {
		return new RecurrenceRule(properties.recurrenceThreshold(), properties.recurrenceWindow());
	}

}
