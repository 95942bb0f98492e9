package dev.firebreak.status;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.firebreak.incident.Incident;
import dev.firebreak.incident.IncidentService;
import dev.firebreak.incident.PublicStatus;
import dev.firebreak.incident.PublicUpdatePublished;
import dev.firebreak.notify.NotifyProperties;
import dev.firebreak.notify.PublicMail;
import dev.firebreak.suppression.MaintenanceCancelled;
import dev.firebreak.suppression.MaintenanceChanged;
import dev.firebreak.suppression.MaintenanceScheduled;
import dev.firebreak.web.Formats;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Email subscriptions to the status page, with double opt-in: an address gets a
 * confirmation link (its token kept only as a hash) and nothing else until it is
 * followed. Every answer to a sign-up is the same whoever is subscribed; repeated
 * sign-ups are limited per address and per client ({@link SignUpLimit}; both kept in the
 * database, so they hold across nodes), so that nobody can make Firebreak mail-bomb a
 * stranger. Confirmed subscribers get public updates and maintenance notices (public
 * words only) with a signed one-click unsubscribe link.
 */
@Service
@Transactional
public class StatusSubscriptions {

	static final Duration CONFIRM_VALID = Duration.ofHours(48);

	/** An unconfirmed address is mailed again only after this. */
	static final Duration RESEND_AFTER = Duration.ofMinutes(10);

	static final int MAX_CONFIRM_SENDS = 5;

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s<>\"(),;:]+@[^@\\s<>\"(),;:]+\\.[^@\\s<>\"(),;:]+$");

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final java.time.format.DateTimeFormatter WHEN = java.time.format.DateTimeFormatter
		.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	private final JdbcClient jdbc;

	private final PublicMail mail;

	private final IncidentService incidents;

	private final StatusComponents components;

	private final NotifyProperties links;

	private final StatusFeedback feedback;

	private final Clock clock;

	private final SignUpLimit limit;

	private final TransactionTemplate transactions;

	StatusSubscriptions(JdbcClient jdbc, PublicMail mail, IncidentService incidents, StatusComponents components,
			NotifyProperties links, StatusFeedback feedback, SignUpLimit limit, PlatformTransactionManager transactions,
			Clock clock) {
		this.limit = limit;
		this.transactions = new TransactionTemplate(transactions);
		this.feedback = feedback;
		this.jdbc = jdbc;
		this.mail = mail;
		this.incidents = incidents;
		this.components = components;
		this.links = links;
		this.clock = clock;
	}

	/** What a sign-up gets; the same for a new, a pending and a confirmed address. */
	public enum SignUp {

		/** "If the address can receive mail, a confirmation link is on its way." */
		ACCEPTED,
		/** Not an email address. */
		INVALID,
		/** Too many sign-ups from this client lately. */
		TOO_MANY

	}

	/**
	 * @param client the caller's network address, for the per-client limit
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public SignUp subscribe(String email, String client) {
		String address = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
		if (address.length() > 254 || !EMAIL.matcher(address).matches()) {
			return SignUp.INVALID;
		}
		// the count in a short transaction of its own, before the sign-up holds a
		// connection: many sign-ups at once must not wait on each other's connections
		if (!limit.allow(client)) {
			return SignUp.TOO_MANY;
		}
		return transactions.execute(status -> signUp(address));
	}

	private SignUp signUp(String address) {
		Instant now = clock.instant();
		Optional<Subscriber> found = find(address);
		if (found.isPresent() && (found.get().confirmed() || found.get().confirmSends() >= MAX_CONFIRM_SENDS
				|| (found.get().confirmSentAt() != null
						&& found.get().confirmSentAt().isAfter(now.minus(RESEND_AFTER))))) {
			// confirmed already, or mailed lately: nothing more, and the same answer
			return SignUp.ACCEPTED;
		}
		String token = token();
		if (found.isEmpty()) {
			jdbc.sql("insert into fb_status_subscriber (email, confirm_hash, confirm_expires_at, confirm_sent_at,"
					+ " confirm_sends, created_at) values (?, ?, ?, ?, 1, ?)")
				.params(address, hash(token), db(now.plus(CONFIRM_VALID)), db(now), db(now))
				.update();
		}
		else {
			jdbc.sql("update fb_status_subscriber set confirm_hash = ?, confirm_expires_at = ?, confirm_sent_at = ?,"
					+ " confirm_sends = confirm_sends + 1 where id = ?")
				.params(hash(token), db(now.plus(CONFIRM_VALID)), db(now), found.get().id())
				.update();
		}
		mail.send(address, "Confirm your status updates",
				"Someone, hopefully you, asked for this status page's updates by email at this address.",
				"To start getting them, follow this link within 48 hours:\n"
						+ links.link("/status/subscriptions/confirm?token=" + token)
						+ "\n\nIf it was not you, ignore this mail: nothing will be sent.",
				null, "confirm:" + address + ":" + now.toEpochMilli());
		return SignUp.ACCEPTED;
	}

	/**
	 * @return false for an unknown, used or expired link (nothing changes)
	 */
	public boolean confirm(String token) {
		if (token == null || token.isBlank() || token.length() > 100) {
			return false;
		}
		return jdbc
			.sql("update fb_status_subscriber set confirmed_at = ?, confirm_hash = null,"
					+ " confirm_expires_at = null where confirm_hash = ? and confirm_expires_at > ?")
			.params(db(clock.instant()), hash(token), db(clock.instant()))
			.update() > 0;
	}

	/**
	 * @return false for a tampered link or one already used (nothing changes)
	 */
	public boolean unsubscribe(long id, String signature) {
		Optional<Subscriber> found = jdbc.sql(SELECT + " where id = ?").param(id).query(this::subscriber).optional();
		if (found.isEmpty() || !mail.verify(unsubscribeText(found.get()), signature)) {
			return false;
		}
		return jdbc.sql("delete from fb_status_subscriber where id = ?").param(id).update() > 0;
	}

	/**
	 * Tells confirmed subscribers, if the public can see the incident (it is on a
	 * component).
	 */
	@TransactionalEventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void on(PublicUpdatePublished update) {
		Incident incident = incidents.get(update.incidentId());
		List<String> names = componentsOf(incident.serviceName());
		if (names.isEmpty()) {
			return;
		}
		String subject = Formats.label(update.status()) + ": " + String.join(", ", names);
		String body = update.message() + "\n\nStatus page: " + links.link("/status/incidents/" + update.number());
		boolean resolved = update.status() == PublicStatus.RESOLVED;
		tellEach(subject, "You subscribed to this status page's updates.",
				subscriber -> resolved ? body + "\n\nHow well did we handle this? One question, one click: "
						+ feedback.link(update.incidentId(), subscriber.id()) : body,
				"update:" + update.incidentId() + ":" + update.publishedAt().toEpochMilli());
	}

	/**
	 * A maintenance notice, in public words only (when, the components, the description
	 * the status page shows), if the service is on a component.
	 */
	@TransactionalEventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void on(MaintenanceScheduled scheduled) {
		List<String> names = componentsOf(scheduled.service());
		if (names.isEmpty()) {
			return;
		}
		String body = "From " + WHEN.format(scheduled.startsAt()) + " to " + WHEN.format(scheduled.endsAt()) + ".\n\n"
				+ (scheduled.description() == null ? "" : scheduled.description() + "\n\n") + "Status page: "
				+ links.link("/status");
		tellAll("Scheduled maintenance: " + String.join(", ", names), "You subscribed to this status page's updates.",
				body, "maintenance:" + scheduled.id());
	}

	/**
	 * The new times of a window subscribers were told about (or could have been), once
	 * per change.
	 */
	@TransactionalEventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void on(MaintenanceChanged changed) {
		List<String> names = componentsOf(changed.service(), changed.previousService());
		if (names.isEmpty()) {
			return;
		}
		String body = "The maintenance planned from " + WHEN.format(changed.previousStartsAt()) + " to "
				+ WHEN.format(changed.previousEndsAt()) + " has changed.\n\nNow: from "
				+ WHEN.format(changed.startsAt()) + " to " + WHEN.format(changed.endsAt()) + ".\n\n"
				+ (changed.description() == null ? "" : changed.description() + "\n\n") + "Status page: "
				+ links.link("/status");
		tellAll("Maintenance changed: " + String.join(", ", names), "You subscribed to this status page's updates.",
				body,
				"maintenance-changed:" + changed.id() + ":" + changed.changedAt().toEpochMilli() + ":"
						+ hash(changed.startsAt() + "|" + changed.endsAt() + "|" + changed.description()).substring(0,
								16));
	}

	/** A window that will not happen, or that ended early; once per window. */
	@TransactionalEventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void on(MaintenanceCancelled cancelled) {
		List<String> names = componentsOf(cancelled.service());
		if (names.isEmpty()) {
			return;
		}
		String body = (cancelled.endedEarly()
				? "The maintenance that began " + WHEN.format(cancelled.startsAt()) + " ended early, at "
						+ WHEN.format(cancelled.cancelledAt()) + "."
				: "The maintenance planned from " + WHEN.format(cancelled.startsAt()) + " to "
						+ WHEN.format(cancelled.endsAt()) + " is cancelled; it will not take place.")
				+ "\n\n" + (cancelled.description() == null ? "" : cancelled.description() + "\n\n") + "Status page: "
				+ links.link("/status");
		tellAll((cancelled.endedEarly() ? "Maintenance ended: " : "Maintenance cancelled: ") + String.join(", ", names),
				"You subscribed to this status page's updates.", body, "maintenance-cancelled:" + cancelled.id());
	}

	/** The components showing any of these services, by name, each once. */
	private List<String> componentsOf(String service, String other) {
		return components.list()
			.stream()
			.filter(component -> component.services().contains(service) || component.services().contains(other))
			.map(StatusComponent::name)
			.toList();
	}

	private List<String> componentsOf(String service) {
		return components.list()
			.stream()
			.filter(component -> component.services().contains(service))
			.map(StatusComponent::name)
			.toList();
	}

	private void tellAll(String subject, String intro, String body, String key) {
		tellEach(subject, intro, subscriber -> body, key);
	}

	private void tellEach(String subject, String intro, java.util.function.Function<Subscriber, String> body,
			String key) {
		for (Subscriber subscriber : jdbc.sql(SELECT + " where confirmed_at is not null order by id")
			.query(this::subscriber)
			.list()) {
			mail.send(subscriber.email(), subject, intro, body.apply(subscriber), unsubscribeLink(subscriber),
					key + ":" + subscriber.id());
		}
	}

	String unsubscribeLink(Subscriber subscriber) {
		return links
			.link("/status/unsubscribe?s=" + subscriber.id() + "&sig=" + mail.sign(unsubscribeText(subscriber)));
	}

	/**
	 * The address is signed too: a later subscriber reusing nothing can be unsubscribed
	 * by an old link.
	 */
	private static String unsubscribeText(Subscriber subscriber) {
		return "unsubscribe:" + subscriber.id() + ":" + subscriber.email();
	}

	private static final String SELECT = "select id, email, confirm_sent_at, confirm_sends, confirmed_at"
			+ " from fb_status_subscriber";

	private Optional<Subscriber> find(String email) {
		return jdbc.sql(SELECT + " where email = ?").param(email).query(this::subscriber).optional();
	}

	private Subscriber subscriber(ResultSet rs, int row) throws SQLException {
		return new Subscriber(rs.getLong("id"), rs.getString("email"), instant(rs, "confirm_sent_at"),
				rs.getInt("confirm_sends"), rs.getObject("confirmed_at") != null);
	}

	record Subscriber(long id, String email, Instant confirmSentAt, int confirmSends, boolean confirmed) {
	}

	private static String token() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static LocalDateTime db(Instant instant) {
		return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		LocalDateTime value = rs.getObject(column, LocalDateTime.class);
		return value == null ? null : value.toInstant(ZoneOffset.UTC);
	}

}
