package com.otopair.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.base.Formats;
import com.otopair.base.I18n;
import com.otopair.base.Roles;
import com.otopair.booking.BookingDetails;
import com.otopair.booking.BookingHolds;
import com.otopair.booking.Quotes;
import com.otopair.booking.VehicleDetails;
import com.otopair.demo.DemoAccounts;
import com.otopair.identity.UserProvisioning;
import com.otopair.scheduling.Slot;
import com.otopair.support.SignIn;
import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A customer's visit to Atelier Mécanique Rosemont (a shop no other journey reviews) is completed
 * by its mechanic on the job page; the review-request mail reaches the customer, whose link opens
 * the review form without signing in; an empty submit marks every invalid field at once; the review
 * is posted, the thanks page leads to the shop's page, and the shop's reviews show it with the new
 * average and count, worked out from what the page showed before. The form, the thanks and the
 * shop's reviews are shot at 1280 and 375 px.
 */
class ReviewJourneyBrowserIT extends BrowserJourney {

  static final String SHOP = "atelier-rosemont";
  static final String SHOP_NAME = "Atelier Mécanique Rosemont";
  static final String MECHANIC = "olivier.lavoie@atelier-rosemont.test";
  static final int STARS = 5;

  @Autowired UserProvisioning users;
  @Autowired UserDetailsService userDetails;
  @Autowired BookingHolds bookings;
  @Autowired Quotes quotes;
  @Autowired JdbcTemplate jdbc;

  @Test
  void theReviewRequestLeadsToAReviewThatShowsOnTheShopPageWithTheNewAverage() {
    // A customer of its own (other journeys suspend the demo customer) and a booking of theirs.
    String customer = "review-journey-" + System.nanoTime() + "@example.test";
    users.createVerifiedUser(customer, "Robin Review", Roles.CUSTOMER, DemoAccounts.PASSWORD);
    UUID booking = book(customer);
    UUID job = awaitJob(booking);

    // What the shop's page says before: the count and how many gave each number of stars.
    browser.open("shops/" + SHOP);
    browser.find(By.id("reviews-average"));
    int countBefore = 0;
    int starsBefore = 0;
    for (int stars = 1; stars <= 5; stars++) {
      int n = withStars(stars);
      countBefore += n;
      starsBefore += n * stars;
    }
    Formats english = Formats.of(I18n.ENGLISH);
    assertThat(text("reviews-count")).isEqualTo(countBefore + " reviews");
    assertThat(text("reviews-average"))
        .isEqualTo(english.rating((double) starsBefore / countBefore));

    // The mechanic completes the job on its page, in French: his account's language.
    signIn(MECHANIC, DemoAccounts.PASSWORD);
    browser.open("jobs/" + job);
    browser.waitForText("Robin Review");
    for (String step : new String[] {"Accepter", "Commencer", "Terminer"}) {
      browser.clickButton(step);
      browser.find(By.id("confirm-move")).click();
      browser.waitForVaadin();
    }
    browser.waitForText("En cours → Terminé");
    assertThat(jdbc.queryForObject("select status from jobs where id = ?", String.class, job))
        .isEqualTo("COMPLETED");

    // The customer, not signed in, finds the review request in the mailbox and follows its link.
    Browser robin = anotherBrowser();
    robin.open("dev/mailbox");
    robin.find(By.cssSelector("#mailbox-recipient input")).sendKeys(customer + Keys.TAB);
    robin.waitForVaadin();
    String subject = "How did it go at " + SHOP_NAME + "?";
    robin.waitForText(subject);
    robin
        .find(
            By.xpath(
                "//vaadin-grid-cell-content[starts-with(normalize-space(.), \"" + subject + "\")]"))
        .click();
    robin.waitForVaadin();
    String link = robin.find(By.id("mailbox-link-0")).getAttribute("href");
    assertThat(link).contains("/review/booking/" + booking + "?token=");
    robin.open(link);
    robin.find(By.id("review-form"));
    assertThat(robin.driver.getCurrentUrl()).as("no sign-in asked").contains("/review/booking/");
    assertThat(robin.find(By.id("review-visit")).getText()).startsWith(SHOP_NAME + " · ");
    shoot(robin, "review-form");

    // An empty submit marks both required fields at once, and posts nothing.
    robin.clickButton("Post your review");
    robin.waitForScript(
        "return !!document.querySelector('#review-stars[invalid]')"
            + " && !!document.querySelector('#review-recommend[invalid]')",
        true);
    robin.waitForText("Choose from 1 to 5 stars.");
    robin.waitForText("Say whether you would recommend this shop.");
    assertThat(reviews(booking)).isZero();
    shoot(robin, "review-form-invalid");
    // On a phone the fields' labels wrap instead of being cut short ("Tell other drivers…").
    robin.driver.manage().window().setSize(new Dimension(375, 812));
    robin.waitForVaadin();
    for (String field : new String[] {"review-stars", "review-text", "review-recommend"}) {
      assertThat(labelCut(robin, field)).as(field + "'s label cut at 375 px").isFalse();
    }
    robin.driver.manage().window().setSize(new Dimension(1280, 900));
    robin.waitForVaadin();

    String words =
        "Olivier found the electrical fault in an hour and showed me the corroded ground.";
    robin.find(By.xpath("//vaadin-radio-button[normalize-space(.)='" + STARS + " stars']")).click();
    robin.find(By.cssSelector("#review-text textarea")).sendKeys(words);
    robin
        .find(
            By.xpath(
                "//vaadin-radio-group[@id='review-recommend']//vaadin-radio-button"
                    + "[normalize-space(.)='Yes']"))
        .click();
    robin.waitForVaadin();
    robin.clickButton("Post your review");
    robin.find(By.id("review-thanks"));
    assertThat(reviews(booking)).isOne();
    WebElement toShop = robin.find(By.id("review-shop-page"));
    assertThat(toShop.getText()).isEqualTo("See it on " + SHOP_NAME + "’s page");
    shoot(robin, "review-thanks");

    // The shop's page shows the review first, with the new average and count.
    toShop.click();
    robin.waitForVaadin();
    robin.find(By.id("reviews-average"));
    assertThat(robin.driver.getCurrentUrl()).endsWith("/shops/" + SHOP);
    assertThat(robin.find(By.id("reviews-count")).getText())
        .isEqualTo((countBefore + 1) + " reviews");
    assertThat(robin.find(By.id("reviews-average")).getText())
        .isEqualTo(english.rating((double) (starsBefore + STARS) / (countBefore + 1)));
    UUID review =
        jdbc.queryForObject("select id from reviews where booking_id = ?", UUID.class, booking);
    WebElement first =
        robin.find(By.cssSelector("#reviews .otopair-review-cards > .otopair-review"));
    assertThat(first.getAttribute("id")).isEqualTo("review-" + review);
    assertThat(first.getText()).contains("Robin", "Verified customer", words);
    shoot(robin, "review-shop-reviews", By.id("reviews"));
  }

  /** Books the shop's first service with its mechanic, as the customer, at the last free slot. */
  private UUID book(String customer) {
    UUID olivier = users.findByEmail(MECHANIC).orElseThrow();
    var menu = quotes.menu(SHOP);
    UUID service = menu.services().getFirst().id();
    Slot slot = quotes.slots(SHOP, service, olivier, null, null).slots().getLast();
    SignIn.as(userDetails, customer);
    try {
      UUID booking = bookings.hold(menu.shop().id(), service, olivier, slot.start()).id();
      bookings.confirm(
          booking,
          new BookingDetails(
              new VehicleDetails(null, 2015, "Volkswagen", "Golf", null, "RVW 519"),
              "The dashboard lights flicker and the battery drains overnight.",
              "+1 514 555 0177"));
      return booking;
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  /** The job the booking's confirmation opens (through the outbox). */
  private UUID awaitJob(UUID booking) {
    Awaitility.await()
        .atMost(Duration.ofSeconds(15))
        .until(
            () ->
                jdbc.queryForObject(
                    "select count(*) from jobs where booking_id = ?", Integer.class, booking),
            n -> n == 1);
    return jdbc.queryForObject("select id from jobs where booking_id = ?", UUID.class, booking);
  }

  /** How many reviews gave {@code stars}, as the distribution's row says: "2 (40%)". */
  private int withStars(int stars) {
    String row =
        browser
            .find(
                By.cssSelector(
                    "#reviews-distribution [data-stars='" + stars + "'] > span:last-child"))
            .getText();
    return Integer.parseInt(row.substring(0, row.indexOf(' ')));
  }

  /** Whether the field's label is wider than the room it has (Lumo cuts it with "…"). */
  private static boolean labelCut(Browser side, String id) {
    return (Boolean)
        side.script(
            "const label = document.getElementById(arguments[0]).shadowRoot"
                + ".querySelector(\"[part='label']\");"
                + " return label.scrollWidth > label.clientWidth",
            id);
  }

  private String text(String id) {
    return browser.find(By.id(id)).getText();
  }

  private int reviews(UUID booking) {
    return jdbc.queryForObject(
        "select count(*) from reviews where booking_id = ?", Integer.class, booking);
  }
}
