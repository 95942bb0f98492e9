package dev.firebreak.intake;

import org.springframework.context.ApplicationContext;

/**
 * For tests of other features that raise alerts through intake: the background worker is
 * off in tests, so they drain the inbox themselves and then check what it did.
 */
public final class IntakeDrain {

	private IntakeDrain() {
	}

	/** Processes every pending alert, as the worker would. @return alerts processed */
	public static int drainInbox(ApplicationContext context) {
		return context.getBean(IntakeWorker.class).processPending();
	}

}
