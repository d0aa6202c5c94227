package com.otopair.payments;

import com.otopair.consult.SessionFinished;
import com.otopair.consult.SessionStatus;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What live sessions' events do to the money, through the outbox: a session that ran is charged,
 * one that expired or was cancelled is released.
 *
 * <p>The outbox knows each reaction by its listener's class and method: incomplete publications of
 * a node that stopped are resumed by those names, so they stay here, stable.
 */
@Component
class ConsultPayments {

  private final SessionSettlements settlements;

  ConsultPayments(SessionSettlements settlements) {
    this.settlements = settlements;
  }

  @ApplicationModuleListener
  void on(SessionFinished finished) {
    if (finished.status() == SessionStatus.ENDED) {
      settlements.sessionEnded(finished.sessionId());
    } else {
      settlements.sessionGivenUp(finished.sessionId());
    }
  }
}
