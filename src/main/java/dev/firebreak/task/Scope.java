package dev.firebreak.task;

/** Which open tasks a queue shows; the names are the API's {@code scope} values. */
public enum Scope {

	/** the tasks of my teams */
	team,
	/** the tasks I claimed */
	mine,
	/** every team's tasks (managers, auditors, admins) */
	all

}
