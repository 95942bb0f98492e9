package dev.firebreak.export;

import org.springframework.context.ApplicationContext;

/**
 * For tests of whole nodes: the export sweep (requeue jobs whose node stopped beating,
 * run queued ones) when the test wants it, not on the sweep's schedule.
 */
public final class ExportSweep {

	private ExportSweep() {
	}

	public static void sweep(ApplicationContext node) {
		node.getBean(ExportJobSweeper.class).sweep();
	}

}
