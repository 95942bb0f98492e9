package dev.firebreak.incident;

/**
 * The link in a notification someone acknowledged an incident through, recorded on the
 * acknowledgement.
 *
 * @param notificationId the notification that carried the link
 * @param channel the channel it went out on ({@code EMAIL}, {@code SLACK}, ...)
 */
public record NotificationLink(long notificationId, String channel) {
}
