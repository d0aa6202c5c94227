package com.otopair.payments;

import com.otopair.consult.SessionFinished;
import com.otopair.consult.SessionRefundRequested;
import com.otopair.consult.SessionStatus;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What live sessions' events do to the money, through the outbox: a session that ran is charged,
 * one that expired or was cancelled is released, and support's refund is carried out.
 *
 * <p>The outbox knows each reaction by its listener's class and method: incomplete publications of
 * a node that stopped are resumed by those names, so they stay here, stable.
 */
@Component
class ConsultPayments {

  private final SessionSettlements settlements;
  private final SessionRefunds refunds;

  ConsultPayments(SessionSettlements settlements, SessionRefunds refunds) {
    this.settlements = settlements;
    this.refunds = refunds;
  }

  @ApplicationModuleListener
  void on(SessionFinished finished) {
    if (finished.status() == SessionStatus.ENDED) {
      settlements.sessionEnded(finished.sessionId());
    } else {
      settlements.sessionGivenUp(finished.sessionId());
    }
  }

  @ApplicationModuleListener
  void on(SessionRefundRequested requested) {
    refunds.refund(requested);
  }
}
