package dev.firebreak.notify.channel;

/** A file sent with an email (a report's workbook). */
public record Attachment(String name, String contentType, byte[] content) {
}
