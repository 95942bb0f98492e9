package dev.firebreak.intake;

/** What a sender says about a problem. */
enum AlertAction {

	TRIGGER, ACKNOWLEDGE, RESOLVE

}
