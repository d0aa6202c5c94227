package com.otopair.notifications;

import org.springframework.transaction.support.TransactionOperations;

/**
 * Wraps the transport that really sends, so that every mail is in the {@link MailLog} and leaves
 * once for its fact: claimed (and queued) before it leaves, unless it already left; then sent, or
 * failed with the error (which is thrown on, for the outbox). The claim lives in the caller's
 * transaction, the listener's, or one of its own for a caller without one.
 */
final class LoggedMailTransport implements MailTransport {

  private final MailTransport delivery;
  private final MailLog log;
  private final TransactionOperations transactions;

  LoggedMailTransport(MailTransport delivery, MailLog log, TransactionOperations transactions) {
    this.delivery = delivery;
    this.log = log;
    this.transactions = transactions;
  }

  @Override
  public void send(OutgoingMail mail) {
    transactions.executeWithoutResult(
        status -> {
          if (!log.claim(mail)) {
            return;
          }
          try {
            delivery.send(mail);
          } catch (RuntimeException e) {
            log.failed(mail, e);
            throw e;
          }
          log.sent(mail);
        });
  }

  @Override
  public boolean capturing() {
    return delivery.capturing();
  }
}
