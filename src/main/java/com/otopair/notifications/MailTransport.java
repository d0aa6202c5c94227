package com.otopair.notifications;

/**
 * Where mail goes: SMTP in production, the dev mailbox on a machine without SMTP. A failure throws,
 * so that the outbox keeps the publication and retries it.
 */
public interface MailTransport {

  void send(OutgoingMail mail);

  /** Whether mail is kept for the dev mailbox instead of leaving the machine. */
  boolean capturing();
}
