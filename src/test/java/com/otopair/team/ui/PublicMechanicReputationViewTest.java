package com.otopair.team.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.base.I18n;
import com.otopair.base.ui.RatingLine;
import com.otopair.consult.ConsultFixtures;
import com.otopair.consult.LiveSessions;
import com.otopair.consult.SessionQueue;
import com.otopair.identity.UserProvisioning;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.KaribuTest;
import com.otopair.support.PageTexts;
import com.otopair.support.SignIn;
import com.otopair.support.StarRatings;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A mechanic's public page says, under their name, their rating and reviews count and how fast they
 * usually answer live help once they claimed three sessions; a mechanic with neither shows no such
 * block. Alex and Béa of a shop of the test's own.
 */
class PublicMechanicReputationViewTest extends KaribuTest {

  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired LiveSessions live;
  @Autowired SessionQueue queue;
  @Autowired UserDetailsService userDetails;
  @Autowired JdbcTemplate jdbc;

  ConsultFixtures fixture;

  @BeforeEach
  void shop() {
    fixture = ConsultFixtures.create(users, shops, membership);
  }

  @AfterEach
  void forgetRatings() {
    new StarRatings(jdbc).clear(fixture.shop().alex(), fixture.shop().bea());
  }

  /** Emma asks, {@code wait} passes, Alex claims, and Emma ends the session. */
  private void alexAnswers(Duration wait) {
    SignIn.as(userDetails, fixture.customerEmail());
    UUID id = live.request(fixture.request("The engine light blinks on the highway."));
    clock.advance(wait);
    SignIn.as(userDetails, fixture.shop().alexEmail());
    queue.claim(id);
    SignIn.as(userDetails, fixture.customerEmail());
    live.end(id);
    clock.advance(Duration.ofMinutes(1));
    SecurityContextHolder.clearContext();
  }

  @Test
  void theRatingAndTheUsualAnswerTimeShowUnderTheName() {
    new StarRatings(jdbc).mechanic(fixture.shop().alex(), 0, 0, 1, 2, 9);
    alexAnswers(Duration.ofMinutes(1));
    alexAnswers(Duration.ofMinutes(2));
    alexAnswers(Duration.ofMinutes(9));

    navigate("mechanics/" + fixture.shop().alex());

    var block = _get(MechanicReputation.class);
    assertThat(block.isVisible()).isTrue();
    RatingLine rating = _get(block, RatingLine.class);
    assertThat(rating.getElement().getTextRecursively()).isEqualTo("★★★★★4.7 (12)");
    assertThat(rating.getElement().getAttribute("aria-label"))
        .isEqualTo("Rated 4.7 out of 5 from 12 reviews");
    assertThat(_get(Paragraph.class, spec -> spec.withId("mechanic-response-time")).getText())
        .isEqualTo("Usually answers live help requests in about 2 min");
  }

  @Test
  void withoutReviewsOrThreeSessionsNothingIsSaid() {
    alexAnswers(Duration.ofMinutes(1));
    alexAnswers(Duration.ofMinutes(2));

    navigate("mechanics/" + fixture.shop().alex());

    assertThat(_find(MechanicReputation.class)).as("no visible block").isEmpty();
    assertThat(_find(RatingLine.class)).isEmpty();
    assertThat(_find(Paragraph.class, spec -> spec.withId("mechanic-response-time"))).isEmpty();
  }

  @Test
  void inFrenchTheBlockReadsInFrench() {
    new StarRatings(jdbc).mechanic(fixture.shop().bea(), 0, 0, 0, 1, 1);
    UI.getCurrent().setLocale(I18n.FRENCH);

    navigate("mechanics/" + fixture.shop().bea());

    RatingLine rating = _get(RatingLine.class);
    assertThat(rating.getElement().getTextRecursively()).isEqualTo("★★★★★4,5 (2)");
    assertThat(rating.getElement().getAttribute("aria-label"))
        .isEqualTo("Noté 4,5 sur 5 selon 2 avis");
    assertThat(PageTexts.textOf(UI.getCurrent())).doesNotContain("!team.", "!base.");
  }
}
