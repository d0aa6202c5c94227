package com.otopair.consult;

import static com.otopair.support.Refusals.assertRefusedAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.otopair.base.ConflictException;
import com.otopair.base.Money;
import com.otopair.base.NotFoundException;
import com.otopair.identity.UserProvisioning;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.IntegrationTest;
import com.otopair.support.SignIn;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Five more minutes: the mechanic offers them at a price, the customer takes them or not. */
class ExtraTimeTest extends IntegrationTest {

  @Autowired LiveSessions live;
  @Autowired SessionQueue queue;
  @Autowired SessionChat chat;
  @Autowired ExtraTime extraTime;
  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired UserDetailsService userDetails;
  @Autowired JdbcTemplate jdbc;

  ConsultFixtures fixture;
  UUID session;

  @BeforeEach
  void activeSession() {
    fixture = ConsultFixtures.create(users, shops, membership);
    as(fixture.customerEmail());
    session = live.request(fixture.request("It pulls to the left."));
    as(fixture.shop().alexEmail());
    queue.claim(session);
  }

  private void as(String email) {
    SignIn.as(userDetails, email);
  }

  private String stateOf(UUID offer) {
    return jdbc.queryForObject(
        "select state from consult_extensions where id = ?", String.class, offer);
  }

  @Test
  void theSuggestedPriceIsFiveMinutesOfTheServiceToTheCent() {
    // $25.00 for 20 minutes: $1.25 a minute.
    assertThat(extraTime.suggestedPrice(session)).isEqualTo(new Money(625, "CAD"));
  }

  @Test
  void anAcceptedOfferMovesTheEndByFiveMinutesAndTheChatSaysSo() {
    ExtraTimeOffer offer = extraTime.offer(session, new BigDecimal("6.25"));
    as(fixture.customerEmail());
    assertThat(extraTime.pending(session))
        .hasValueSatisfying(
            p -> {
              assertThat(p.id()).isEqualTo(offer.id());
              assertThat(p.minutes()).isEqualTo(5);
              assertThat(p.price()).isEqualTo(new Money(625, "CAD"));
            });

    extraTime.accept(offer.id());

    SessionSummary after = live.get(session);
    assertThat(after.endsAt()).isEqualTo(after.claimedAt().plus(Duration.ofMinutes(25)));
    assertThat(extraTime.pending(session)).isEmpty();
    assertThat(stateOf(offer.id())).isEqualTo("ACCEPTED");
    assertThat(chat.after(session, 0))
        .extracting(ChatLine::text)
        .containsExactly(
            "Alex Martin joined",
            "Alex Martin offered 5 more minutes.",
            "The customer took 5 more minutes.");
  }

  @Test
  void aDeclinedOfferLeavesTheEndWhereItWasAndAnotherMayFollow() {
    ExtraTimeOffer offer = extraTime.offer(session, new BigDecimal("5"));
    as(fixture.customerEmail());
    extraTime.decline(offer.id());

    SessionSummary after = live.get(session);
    assertThat(after.endsAt()).isEqualTo(after.claimedAt().plus(Duration.ofMinutes(20)));
    assertThat(stateOf(offer.id())).isEqualTo("DECLINED");
    assertThatThrownBy(() -> extraTime.accept(offer.id()))
        .isInstanceOf(ConflictException.class)
        .hasMessage("This offer is no longer open.");
    assertThat(chat.after(session, 0))
        .extracting(ChatLine::text)
        .endsWith("The customer declined the extra time.");
    as(fixture.shop().alexEmail());
    assertThat(extraTime.offer(session, new BigDecimal("4")).state())
        .isEqualTo(ExtraTimeOffer.State.OFFERED);
  }

  @Test
  void aSessionHasOneOpenOfferAtATime() {
    extraTime.offer(session, new BigDecimal("6.25"));

    assertThatThrownBy(() -> extraTime.offer(session, new BigDecimal("5")))
        .isInstanceOf(ConflictException.class)
        .hasMessage("The customer has not answered your last offer yet.");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from consult_extensions where session_id = ?",
                Integer.class,
                session))
        .isEqualTo(1);
  }

  @Test
  void aPriceMustBeThereAndSensible() {
    assertRefusedAt(() -> extraTime.offer(session, null), "price", "Enter a price");
    assertRefusedAt(() -> extraTime.offer(session, new BigDecimal("-1")), "price", "0 or more");
    assertRefusedAt(() -> extraTime.offer(session, new BigDecimal("1000.01")), "price", "1,000");
    assertRefusedAt(() -> extraTime.offer(session, new BigDecimal("6.255")), "price", "cents");
    assertThat(extraTime.pending(session)).isEmpty();
  }

  @Test
  void onlyTheSessionsMechanicOffersAndOnlyItsCustomerAnswers() {
    as(fixture.beaEmail());
    assertThatThrownBy(() -> extraTime.offer(session, new BigDecimal("5")))
        .isInstanceOf(NotFoundException.class);
    as(fixture.customerEmail());
    assertThatThrownBy(() -> extraTime.offer(session, new BigDecimal("5")))
        .isInstanceOf(NotFoundException.class);

    as(fixture.shop().alexEmail());
    ExtraTimeOffer offer = extraTime.offer(session, new BigDecimal("5"));
    assertThatThrownBy(() -> extraTime.accept(offer.id())).isInstanceOf(NotFoundException.class);
    assertThat(stateOf(offer.id())).isEqualTo("OFFERED");
  }

  @Test
  void anOpenOfferLapsesWhenTheSessionEnds() {
    ExtraTimeOffer offer = extraTime.offer(session, new BigDecimal("5"));
    as(fixture.customerEmail());

    live.end(session);

    assertThat(stateOf(offer.id())).isEqualTo("LAPSED");
    assertThatThrownBy(() -> extraTime.accept(offer.id()))
        .isInstanceOf(ConflictException.class)
        .hasMessage("This offer is no longer open.");
    as(fixture.shop().alexEmail());
    assertThatThrownBy(() -> extraTime.offer(session, new BigDecimal("5")))
        .isInstanceOf(ConflictException.class)
        .hasMessage("This session is not running any more.");
  }

  @Test
  void anOpenOfferLapsesWhenTheMechanicGivesTheSessionBack() {
    ExtraTimeOffer offer = extraTime.offer(session, new BigDecimal("5"));

    queue.release(session, "A transmission specialist should take this.");

    assertThat(stateOf(offer.id())).isEqualTo("LAPSED");
  }
}
