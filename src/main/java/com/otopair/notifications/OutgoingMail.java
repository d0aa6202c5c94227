package com.otopair.notifications;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A rendered email, ready to send, with optional attachments (a calendar invitation), the name of
 * the template it was rendered from (the email log shows it; empty for a hand-made mail) and the
 * business fact it tells of ({@link #about}): the mail of one fact leaves at most once. A mail
 * about a booking names it ({@code aboutBooking}), so the booking's timeline lists it.
 */
public record OutgoingMail(
    String to,
    String subject,
    String text,
    String html,
    List<Attachment> attachments,
    String template,
    String fact,
    @Nullable UUID aboutBooking) {

  /** A file sent along: its name, its MIME type and its content. */
  public record Attachment(String filename, String contentType, byte[] content) {}

  public OutgoingMail {
    attachments = List.copyOf(attachments);
  }

  public OutgoingMail(
      String to,
      String subject,
      String text,
      String html,
      List<Attachment> attachments,
      String template,
      String fact) {
    this(to, subject, text, html, attachments, template, fact, null);
  }

  public OutgoingMail(
      String to,
      String subject,
      String text,
      String html,
      List<Attachment> attachments,
      String template) {
    this(to, subject, text, html, attachments, template, "");
  }

  public OutgoingMail(
      String to, String subject, String text, String html, List<Attachment> attachments) {
    this(to, subject, text, html, attachments, "");
  }

  public OutgoingMail(String to, String subject, String text, String html) {
    this(to, subject, text, html, List.of(), "");
  }

  public OutgoingMail with(Attachment attachment) {
    var all = new ArrayList<>(attachments);
    all.add(attachment);
    return new OutgoingMail(to, subject, text, html, all, template, fact, aboutBooking);
  }

  /**
   * This mail as the one of {@code fact}, the business fact it tells of (say {@code
   * "booking-confirmed:<booking id>"}): a second mail of the same fact, template and recipient (a
   * listener run again) does not leave. Every mail that is sent names its fact.
   */
  public OutgoingMail about(String fact) {
    return new OutgoingMail(to, subject, text, html, attachments, template, fact, aboutBooking);
  }

  /** As {@link #about(String)}, for a mail about the booking {@code bookingId}. */
  public OutgoingMail about(String fact, UUID bookingId) {
    return new OutgoingMail(to, subject, text, html, attachments, template, fact, bookingId);
  }
}
