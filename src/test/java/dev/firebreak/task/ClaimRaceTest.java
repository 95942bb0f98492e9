package dev.firebreak.task;

import dev.firebreak.FirebreakTest;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Many claims of one task at the same moment on H2: exactly one wins
 * ({@link ClaimRaces}).
 */
@FirebreakTest
@ExtendWith(OutputCaptureExtension.class)
class ClaimRaceTest {

	@Autowired
	TaskFixtures fixtures;

	@Autowired
	TaskService engine;

	@Test
	void exactlyOneClaimWinsEachRace(CapturedOutput output) throws Exception {
		ClaimRaces.raceOneWinnerEach(fixtures, engine, output, 25);
	}

}
