package dev.firebreak.task;

import dev.firebreak.FirebreakMySqlTest;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Many claims of one task at the same moment on MariaDB (MySqlTestDatabase): exactly one
 * wins ({@link ClaimRaces}).
 */
@FirebreakMySqlTest
@ExtendWith(OutputCaptureExtension.class)
class MySqlClaimRaceTest {

	@Autowired
	TaskFixtures fixtures;

	@Autowired
	TaskService engine;

	@Test
	void exactlyOneClaimWinsEachRace(CapturedOutput output) throws Exception {
		ClaimRaces.raceOneWinnerEach(fixtures, engine, output, 25);
	}

}
