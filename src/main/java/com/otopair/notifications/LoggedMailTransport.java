package com.otopair.notifications;

/**
 * Wraps the transport that really sends, so that every mail is in the {@link MailLog}: queued
 * before it leaves, then sent, or failed with the error (which is thrown on, for the outbox).
 */
final class LoggedMailTransport implements MailTransport {

  private final MailTransport delivery;
  private final MailLog log;

  LoggedMailTransport(MailTransport delivery, MailLog log) {
    this.delivery = delivery;
    this.log = log;
  }

  @Override
  public void send(OutgoingMail mail) {
    log.queued(mail);
    try {
      delivery.send(mail);
    } catch (RuntimeException e) {
      log.failed(mail, e);
      throw e;
    }
    log.sent(mail);
  }

  @Override
  public boolean capturing() {
    return delivery.capturing();
  }
}
