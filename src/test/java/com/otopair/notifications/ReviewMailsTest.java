package com.otopair.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.consult.EndReason;
import com.otopair.consult.SessionFinished;
import com.otopair.consult.SessionStatus;
import com.otopair.reviews.ReviewFixtures;
import com.otopair.support.IntegrationTest;
import com.otopair.support.ListenerRuns;
import com.otopair.support.TestMail;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The review request of a live session asked for now: sent once when it ended with a mechanic,
 * however often and however concurrently its end is handled, with the session's signed review link;
 * never for a session that expired.
 */
class ReviewMailsTest extends IntegrationTest {

  @Autowired ReviewMails reviewMails;
  @Autowired ApplicationContext context;
  @Autowired TransactionTemplate transactions;

  @Test
  void anEndedSessionsCustomerIsAskedOnceHowItWentWithTheSignedLink() throws Exception {
    var fixtures = new ReviewFixtures(context);
    var shop = fixtures.shop();
    UUID session = fixtures.session(shop, SessionStatus.ENDED);
    var finished =
        new SessionFinished(
            session,
            shop.id(),
            shop.consult().customerId(),
            SessionStatus.ENDED,
            EndReason.TIME_UP);
    ReviewMails on = ListenerRuns.target(reviewMails);

    ListenerRuns.twiceInARowAndTwiceAtOnce(transactions, () -> on.on(finished));

    var mails = TestMail.receivedBy(shop.consult().customerEmail());
    assertThat(mails).hasSize(1);
    assertThat(TestMail.subject(mails.getFirst())).startsWith("How did it go at ");
    assertThat(TestMail.text(mails.getFirst()))
        .contains("Hello Emma", "Remote diagnosis", "/review/session/" + session + "?token=");
  }

  @Test
  void anExpiredSessionAsksNothing() throws Exception {
    var fixtures = new ReviewFixtures(context);
    var shop = fixtures.shop();
    UUID session = fixtures.session(shop, SessionStatus.EXPIRED);
    ReviewMails on = ListenerRuns.target(reviewMails);

    ListenerRuns.twiceInARowAndTwiceAtOnce(
        transactions,
        () ->
            on.on(
                new SessionFinished(
                    session,
                    shop.id(),
                    shop.consult().customerId(),
                    SessionStatus.EXPIRED,
                    EndReason.NOBODY_CAME)));

    assertThat(TestMail.receivedBy(shop.consult().customerEmail())).isEmpty();
  }
}
