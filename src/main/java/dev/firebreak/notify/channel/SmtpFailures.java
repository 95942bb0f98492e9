package dev.firebreak.notify.channel;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.SendFailedException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;

import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;

/**
 * Sorts what went wrong talking to the mail server. Only a definite refusal gives up: a
 * 5xx SMTP reply (the server says the recipient or the message will never be accepted),
 * or an address that cannot even be written into a message. Everything else (connection
 * refused, timeouts, a 4xx reply such as a full mailbox or greylisting, a failed login)
 * is retried: a mail server that is down or misconfigured for a while delays pages, it
 * must not lose them.
 */
final class SmtpFailures {

	private SmtpFailures() {
	}

	static DeliveryFailure classify(MailException failure) {
		if (failure instanceof MailAuthenticationException) {
			return DeliveryFailure.transientFailure("the mail server refused Firebreak's login", failure);
		}
		if (failure instanceof MailParseException || failure instanceof MailPreparationException) {
			return DeliveryFailure.permanentFailure("the email could not be written: " + failure.getMessage(), failure);
		}
		Throwable first = failure;
		if (failure instanceof MailSendException send && send.getMessageExceptions().length > 0) {
			first = send.getMessageExceptions()[0];
		}
		else if (failure.getCause() != null) {
			first = failure.getCause();
		}
		for (Throwable cause = first; cause != null; cause = cause.getCause()) {
			if (cause instanceof AuthenticationFailedException) {
				return DeliveryFailure.transientFailure("the mail server refused Firebreak's login", failure);
			}
			int reply = reply(cause);
			if (reply >= 400) {
				String refusal = refusal(cause, reply);
				return (reply >= 500) ? DeliveryFailure.permanentFailure(refusal, failure)
						: DeliveryFailure.transientFailure(refusal, failure);
			}
		}
		// no reply code in the chain, but Jakarta Mail files only 5xx refusals as invalid
		for (Throwable cause = first; cause != null; cause = cause.getCause()) {
			if (cause instanceof SendFailedException refused && refused.getInvalidAddresses() != null
					&& refused.getInvalidAddresses().length > 0) {
				return DeliveryFailure.permanentFailure("the mail server refused the recipient", failure);
			}
		}
		return DeliveryFailure.transientFailure(
				"the mail server could not be reached or did not take the email (" + describe(first) + ")", failure);
	}

	/** The SMTP reply code an exception carries, or 0. */
	private static int reply(Throwable cause) {
		if (cause instanceof SMTPAddressFailedException address) {
			return address.getReturnCode();
		}
		if (cause instanceof SMTPSenderFailedException sender) {
			return sender.getReturnCode();
		}
		if (cause instanceof SMTPSendFailedException send) {
			return send.getReturnCode();
		}
		return 0;
	}

	private static String refusal(Throwable cause, int reply) {
		String who = (cause instanceof SMTPAddressFailedException) ? "the recipient"
				: (cause instanceof SMTPSenderFailedException) ? "the sender address" : "the email";
		return "the mail server refused " + who + " with " + reply + ": " + describe(cause);
	}

	private static String describe(Throwable cause) {
		return (cause.getMessage() != null) ? cause.getMessage().strip() : cause.getClass().getSimpleName();
	}

}
