package com.otopair.notifications.domain;

import com.otopair.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A mail kept on a machine without SMTP, for the dev mailbox. */
@Entity
@Table(name = "captured_mail")
public class CapturedMail extends AbstractEntity {

  @Column(name = "recipient", nullable = false, length = 254)
  private String recipient;

  @Column(name = "subject", nullable = false, length = 300)
  private String subject;

  @Column(name = "text_body", nullable = false)
  private String textBody;

  @Column(name = "html_body", nullable = false)
  private String htmlBody;

  @Column(name = "sent_at", nullable = false)
  private Instant sentAt;

  protected CapturedMail() {
    this("", "", "", "", Instant.EPOCH);
  }

  public CapturedMail(
      String recipient, String subject, String textBody, String htmlBody, Instant sentAt) {
    this.recipient = recipient;
    this.subject = subject;
    this.textBody = textBody;
    this.htmlBody = htmlBody;
    this.sentAt = sentAt;
  }

  public String getRecipient() {
    return recipient;
  }

  public String getSubject() {
    return subject;
  }

  public String getTextBody() {
    return textBody;
  }

  public String getHtmlBody() {
    return htmlBody;
  }

  public Instant getSentAt() {
    return sentAt;
  }
}
