package com.otopair.reviews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.otopair.base.ConflictException;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.NotFoundException;
import com.otopair.consult.SessionStatus;
import com.otopair.support.IntegrationTest;
import com.otopair.support.SignIn;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Who may review which visit, once, with what; editing for 30 days; and the shop's and mechanic's
 * counts following each review.
 */
class ReviewsTest extends IntegrationTest {

  @Autowired Reviews reviews;
  @Autowired ReviewLinks links;
  @Autowired ApplicationContext context;
  @Autowired UserDetailsService userDetails;
  @Autowired JdbcTemplate jdbc;

  ReviewFixtures fixtures;
  ReviewFixtures.Shop shop;
  String customer;

  @BeforeEach
  void aShopAndACustomer() {
    fixtures = new ReviewFixtures(context);
    shop = fixtures.shop();
    customer = fixtures.customers(1).getFirst();
  }

  private static ReviewDraft draft(Integer stars, String text, Boolean recommend) {
    return new ReviewDraft(stars, text, recommend);
  }

  private Map<String, Object> stats(String kind, UUID subject) {
    return jdbc.queryForMap(
        "select review_count, star_sum, stars_4, stars_5, recommend_count from review_stats"
            + " where subject_kind = ? and subject_id = ?",
        kind,
        subject);
  }

  @Test
  void theCustomerOfACompletedBookingReviewsItAndTheShopAndMechanicCountIt() {
    UUID booking = fixtures.completed(shop, customer);
    SignIn.as(userDetails, customer);

    OwnReview posted =
        reviews.post(Visit.booking(booking), draft(4, "  Quick and honest.  ", true));

    assertThat(posted.stars()).isEqualTo(4);
    assertThat(posted.editable()).isTrue();
    assertThat(posted.editableUntil()).isEqualTo(posted.postedAt().plus(Duration.ofDays(30)));
    var row =
        jdbc.queryForMap(
            "select author_name, service_name, body, recommend, shop_id, mechanic_id"
                + " from reviews where booking_id = ?",
            booking);
    assertThat(row)
        .containsEntry("author_name", "Casey C.")
        .containsEntry("service_name", "Oil change")
        .containsEntry("body", "Quick and honest.")
        .containsEntry("recommend", true)
        .containsEntry("shop_id", shop.id());
    UUID mechanic = (UUID) row.get("mechanic_id");
    assertThat(mechanic).isIn(shop.booking().shop().alex(), shop.bea());
    assertThat(stats("SHOP", shop.id()))
        .containsEntry("review_count", 1)
        .containsEntry("star_sum", 4)
        .containsEntry("stars_4", 1)
        .containsEntry("recommend_count", 1);
    assertThat(stats("MECHANIC", mechanic)).containsEntry("review_count", 1);
    assertThat(reviews.open(Visit.booking(booking)).review()).isNotNull();
  }

  @Test
  void someoneWhoIsNotTheCustomerCannotReviewTheirBooking() {
    UUID booking = fixtures.completed(shop, customer);
    SignIn.as(userDetails, fixtures.customers(1).getFirst());

    assertThatThrownBy(() -> reviews.post(Visit.booking(booking), draft(5, "", true)))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("We couldn’t find that visit.");
    assertThatThrownBy(() -> reviews.open(Visit.booking(booking)))
        .isInstanceOf(NotFoundException.class);
    assertThat(count(booking)).isZero();
  }

  @Test
  void aBookingWhoseJobIsNotCompletedCannotBeReviewedYet() {
    UUID booking = fixtures.confirmed(shop, customer);
    SignIn.as(userDetails, customer);

    assertThat(reviews.open(Visit.booking(booking)).reviewable()).isFalse();
    assertThatThrownBy(() -> reviews.post(Visit.booking(booking), draft(5, "", true)))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("You can review this visit once it is done.");
    assertThat(count(booking)).isZero();
  }

  @Test
  void aLiveSessionThatEndedWithAMechanicIsReviewedAndOneThatExpiredIsNot() {
    UUID ended = fixtures.session(shop, SessionStatus.ENDED);
    UUID expired = fixtures.session(shop, SessionStatus.EXPIRED);
    SignIn.as(userDetails, shop.consult().customerEmail());

    reviews.post(Visit.session(ended), draft(5, "Saved me a trip.", true));
    assertThatThrownBy(() -> reviews.post(Visit.session(expired), draft(5, "", true)))
        .hasMessage("You can review this visit once it is done.");

    assertThat(
            jdbc.queryForMap(
                "select mechanic_id, author_name, service_name from reviews where session_id = ?",
                ended))
        .containsEntry("mechanic_id", shop.bea())
        .containsEntry("author_name", "Emma T.")
        .containsEntry("service_name", "Remote diagnosis");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from reviews where session_id = ?", Integer.class, expired))
        .isZero();
    assertThat(stats("MECHANIC", shop.bea())).containsEntry("stars_5", 1);
  }

  @Test
  void aVisitIsReviewedOnceAndTheSecondTryHearsItWasAlready() {
    UUID booking = fixtures.completed(shop, customer);
    SignIn.as(userDetails, customer);
    reviews.post(Visit.booking(booking), draft(3, "", false));

    assertThatThrownBy(() -> reviews.post(Visit.booking(booking), draft(5, "", true)))
        .isInstanceOf(ConflictException.class)
        .hasMessage("You already reviewed this visit.");
    assertThat(count(booking)).isOne();
    assertThat(stats("SHOP", shop.id())).containsEntry("review_count", 1);
  }

  @Test
  void theAuthorChangesTheirReviewWithin30DaysAndNotAfter() {
    UUID booking = fixtures.completed(shop, customer);
    SignIn.as(userDetails, customer);
    reviews.post(Visit.booking(booking), draft(2, "Slow.", false));

    clock.advance(Duration.ofDays(30).minusSeconds(1));
    OwnReview changed = reviews.edit(Visit.booking(booking), draft(5, "They called back.", true));
    assertThat(changed.editedAt()).isNotNull();
    assertThat(stats("SHOP", shop.id()))
        .containsEntry("review_count", 1)
        .containsEntry("star_sum", 5)
        .containsEntry("stars_5", 1)
        .containsEntry("recommend_count", 1);

    clock.advance(Duration.ofSeconds(1));
    assertThat(reviews.open(Visit.booking(booking)).review().editable()).isFalse();
    assertThatThrownBy(() -> reviews.edit(Visit.booking(booking), draft(1, "", false)))
        .hasMessage(
            "This review can no longer be changed: reviews can be changed for 30 days after they"
                + " are posted.");
    assertThat(
            jdbc.queryForObject(
                "select stars from reviews where booking_id = ?", Integer.class, booking))
        .isEqualTo(5);
  }

  @Test
  void badInputIsRefusedNextToItsField() {
    UUID booking = fixtures.completed(shop, customer);
    SignIn.as(userDetails, customer);
    Visit visit = Visit.booking(booking);

    assertThat(refusal(visit, draft(0, "", true))).isEqualTo("stars");
    assertThat(refusal(visit, draft(6, "", true))).isEqualTo("stars");
    assertThat(refusal(visit, draft(null, "", true))).isEqualTo("stars");
    assertThat(refusal(visit, draft(4, "a".repeat(2001), true))).isEqualTo("text");
    assertThat(refusal(visit, draft(4, "bad\u0000byte", true))).isEqualTo("text");
    assertThat(refusal(visit, draft(4, "", null))).isEqualTo("recommend");
    assertThat(count(booking)).isZero();

    reviews.post(visit, draft(4, "a".repeat(2000), true));
    assertThat(count(booking)).isOne();
  }

  @Test
  void theSignedLinkWorksWithoutSigningInAndATamperedOneIsNotFound() {
    UUID booking = fixtures.completed(shop, customer);
    Visit visit = Visit.booking(booking);
    String path = links.path(visit);
    String token = path.substring(path.indexOf("token=") + "token=".length());
    assertThat(path).startsWith("review/booking/" + booking + "?token=");

    assertThatThrownBy(() -> links.open(visit, token + "x")).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> links.open(Visit.booking(UUID.randomUUID()), token))
        .isInstanceOf(NotFoundException.class);
    links.post(visit, token, draft(5, "", true));

    assertThat(links.open(visit, token).review().stars()).isEqualTo(5);
    assertThat(count(booking)).isOne();
  }

  private String refusal(Visit visit, ReviewDraft draft) {
    try {
      reviews.post(visit, draft);
      throw new AssertionError("accepted " + draft);
    } catch (InvalidRequestException refused) {
      return String.valueOf(refused.field());
    }
  }

  private int count(UUID booking) {
    return jdbc.queryForObject(
        "select count(*) from reviews where booking_id = ?", Integer.class, booking);
  }
}
