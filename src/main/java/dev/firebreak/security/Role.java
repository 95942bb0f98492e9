package dev.firebreak.security;

/** What a person may do; a person may hold several. */
public enum Role {

	RESPONDER, MANAGER, AUDITOR, ADMIN

}
