package com.otopair.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.base.I18n;
import com.otopair.base.Roles;
import com.otopair.demo.DemoAccounts;
import com.otopair.identity.UserProvisioning;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A visitor whose browser reads French finds Otopair in French from the first page, books a slot in
 * French and receives the confirmation in French; the page and the mail read dates and money the
 * French way. Then the visitor switches to English in the top bar, and the account keeps it.
 */
class FrenchBookingBrowserIT extends BrowserJourney {

  @Autowired UserProvisioning users;
  @Autowired JdbcTemplate jdbc;

  @Override
  protected String language() {
    return "fr-CA";
  }

  @Test
  void aFrenchSpeakingVisitorBooksInFrenchAndGetsTheConfirmationInFrench() {
    String email = "journee-" + System.nanoTime() + "@example.test";
    users.createVerifiedUser(email, "Camille Journée", Roles.CUSTOMER, DemoAccounts.PASSWORD);
    jdbc.update("update users set language = 'fr' where email = ?", email);

    browser.open("");
    browser.waitForScript("return document.documentElement.lang", "fr-CA");
    assertThat(browser.find(By.id("language-switch")).getText()).isEqualTo("English");
    browser.screenshot("fr-landing");

    browser.open("find?where=Montreal&km=25&service=OIL");
    browser.waitForFindResult("Garage du Plateau");
    browser.waitForText(I18n.t(I18n.FRENCH, "booking.find.heading"));
    assertThat(browser.find(By.id("language-switch")).getText()).isEqualTo("English");
    browser.screenshot("fr-find");
    browser.find(By.linkText("Garage du Plateau")).click();
    browser.waitForVaadin();
    browser
        .find(
            By.xpath(
                "//div[contains(concat(' ', @class, ' '), ' otopair-service-card ')]"
                    + "[.//h3[normalize-space(.)='Synthetic oil change']]"
                    + "//a[normalize-space(.)='"
                    + I18n.t(I18n.FRENCH, "shops.public.book")
                    + "']"))
        .click();
    browser.waitForVaadin();
    browser.find(By.cssSelector(".otopair-free-day"));
    browser.screenshot("fr-book-picker");
    ((JavascriptExecutor) browser.driver)
        .executeScript("document.querySelector('.otopair-free-day').click()");
    browser.waitForVaadin();
    browser.find(By.cssSelector("#book-day .otopair-slot-button")).click();
    browser.waitForVaadin();

    // The sign-in form in French, then back on the held slot.
    browser.find(By.cssSelector("#vaadinLoginUsername input")).sendKeys(email);
    browser
        .find(By.cssSelector("#vaadinLoginPassword input"))
        .sendKeys(DemoAccounts.PASSWORD + Keys.ENTER);
    browser.waitForVaadin();
    browser.waitForText(I18n.t(I18n.FRENCH, "booking.hold.details.title"));
    browser
        .find(
            By.xpath(
                "//*[label[normalize-space(.)=\""
                    + I18n.t(I18n.FRENCH, "booking.form.problem")
                    + "\"]]/textarea"))
        .sendKeys("Vidange d’huile et un coup d’œil aux essuie-glaces.");
    browser.type(I18n.t(I18n.FRENCH, "booking.form.phone"), "+1 514 555 0142");
    browser.type(I18n.t(I18n.FRENCH, "booking.form.year"), "2019");
    browser.type(I18n.t(I18n.FRENCH, "booking.form.make"), "Honda");
    browser.type(I18n.t(I18n.FRENCH, "booking.form.model"), "Civic");
    browser.screenshot("fr-book-hold");
    browser.clickButton(I18n.t(I18n.FRENCH, "booking.hold.confirm"));
    browser.waitForText(I18n.t(I18n.FRENCH, "booking.card.booked"));
    browser.screenshot("fr-book-confirmed");

    // The confirmation mail, in French: its subject, its words, its date and its price.
    Map<String, Object> mail = awaitMail(email, "booking-confirmed");
    String subject = (String) mail.get("subject");
    String booked = I18n.t(I18n.FRENCH, "notifications.mail.booking-confirmed.subject");
    assertThat(subject).startsWith(booked.substring(0, booked.indexOf('{')));
    assertThat(subject).contains("Synthetic oil change").contains("Garage du Plateau");
    assertThat((String) mail.get("text_body"))
        .containsPattern("(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) \\d+ ")
        .containsPattern("\\d+ h \\d\\d")
        .containsPattern("\\d+,\\d\\d[\\u00a0\\u202f ]\\$");
    browser.open("dev/mailbox");
    browser.waitForText(subject);
    browser.screenshot("fr-mailbox");

    // At 375 px in French, my bookings fits the phone.
    browser.driver.manage().window().setSize(new Dimension(375, 812));
    browser.open("bookings");
    browser.waitForText("Synthetic oil change");
    assertThat(
            ((Number)
                    ((JavascriptExecutor) browser.driver)
                        .executeScript(
                            "return document.documentElement.scrollWidth"
                                + " - document.documentElement.clientWidth"))
                .longValue())
        .isLessThanOrEqualTo(0);
    browser.screenshot("fr-my-bookings-375");

    // English, chosen in the top bar, is kept on the account.
    browser.find(By.id("language-switch")).click();
    browser.waitForScript("return document.documentElement.lang", "en");
    assertThat(
            jdbc.queryForObject("select language from users where email = ?", String.class, email))
        .isEqualTo("en");
  }

  /** The mail of this kind sent to {@code email}, once the outbox has delivered it. */
  private Map<String, Object> awaitMail(String email, String template) {
    for (int tries = 0; tries < 100; tries++) {
      var mails =
          jdbc.queryForList(
              "select subject, text_body from captured_mail where recipient = ?"
                  + " order by sent_at desc",
              email);
      if (!mails.isEmpty()) {
        return mails.getFirst();
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    throw new AssertionError("No " + template + " mail reached " + email);
  }
}
