package dev.firebreak;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.camunda.bpm.engine.impl.util.ClockUtil;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Our clock reads the engine's ClockUtil, so a test that sets ClockUtil moves the SLA
 * clocks, the timeline and the timer jobs together.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfiguration {

	@Bean
	@Primary
	Clock engineClock() {
		return new Clock() {

			@Override
			public ZoneId getZone() {
				return ZoneOffset.UTC;
			}

			@Override
			public Clock withZone(ZoneId zone) {
				return this;
			}

			@Override
			public Instant instant() {
				return ClockUtil.getCurrentTime().toInstant();
			}
		};
	}

}
