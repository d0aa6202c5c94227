package com.otopair.notifications;

import java.util.List;

/**
 * A rendered email, ready to send, with optional attachments (a calendar invitation) and the name
 * of the template it was rendered from (the email log shows it; empty for a hand-made mail).
 */
public record OutgoingMail(
    String to,
    String subject,
    String text,
    String html,
    List<Attachment> attachments,
    String template) {

  /** A file sent along: its name, its MIME type and its content. */
  public record Attachment(String filename, String contentType, byte[] content) {}

  public OutgoingMail {
    attachments = List.copyOf(attachments);
  }

  public OutgoingMail(
      String to, String subject, String text, String html, List<Attachment> attachments) {
    this(to, subject, text, html, attachments, "");
  }

  public OutgoingMail(String to, String subject, String text, String html) {
    this(to, subject, text, html, List.of(), "");
  }

  public OutgoingMail with(Attachment attachment) {
    var all = new java.util.ArrayList<>(attachments);
    all.add(attachment);
    return new OutgoingMail(to, subject, text, html, all, template);
  }
}
