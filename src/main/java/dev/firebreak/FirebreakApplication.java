package dev.firebreak;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
public class FirebreakApplication {

	public static void main(String[] args) {
		SpringApplication.run(FirebreakApplication.class, args);
	}

	/** Every "now" comes from here, so that tests can move time. */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
