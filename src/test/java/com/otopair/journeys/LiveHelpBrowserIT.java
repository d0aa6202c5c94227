package com.otopair.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.base.I18n;
import com.otopair.base.Roles;
import com.otopair.demo.DemoAccounts;
import com.otopair.identity.UserProvisioning;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Live help from end to end, in two browsers: a customer asks Garage du Plateau for a chat from its
 * page; Luc, on his sessions dashboard, hears it ring and claims it; they write to each other; the
 * session ends on its timer and both pages turn read-only; the customer's mails are in the dev
 * mailbox. Each screen is shot at 1280 and 375 px, and none scrolls sideways on a phone.
 */
class LiveHelpBrowserIT extends BrowserJourney {

  private static final String SHOP = "garage-du-plateau";

  /**
   * How long the session has left once they have chatted. A remote service lasts at least 15
   * minutes; the journey moves the session's end (its {@code ends_at}, the only thing the timer and
   * the watch read) this close, on its own database, so the watch ends it while the pages look on.
   */
  private static final int SECONDS_LEFT = 15;

  @Autowired UserProvisioning users;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aCustomerAsksFromAShopPageAndTheMechanicWhoHearsItRingHelpsUntilTheTimeIsUp() {
    String email = "live-" + System.nanoTime() + "@example.test";
    users.createVerifiedUser(email, "Nadia Tremblay", Roles.CUSTOMER, DemoAccounts.PASSWORD);
    DemoAccounts.Account luc = DemoAccounts.MECHANICS.getFirst();

    // Luc waits on his dashboard; his first click lets the page play sound.
    Browser mechanic = anotherBrowser();
    signIn(mechanic, luc.email(), DemoAccounts.PASSWORD);
    mechanic.open("sessions");
    mechanic.find(By.id("available-sessions"));
    mechanic.find(By.cssSelector(".otopair-page-title")).click();
    mechanic.script(
        "const ring = window.otopairRing; window.otopairRings = [];"
            + " window.otopairRing = () => { const played = ring();"
            + " window.otopairRings.push(played); return played; };");
    shoot(mechanic, "live-dashboard");

    // The customer finds the shop's chat service and asks to talk to a mechanic now.
    UUID chat =
        jdbc.queryForObject(
            "select o.id from offerings o join shops s on s.id = o.shop_id"
                + " where s.slug = ? and o.mode = 'REMOTE_CHAT' and o.active",
            UUID.class,
            SHOP);
    browser.open("shops/" + SHOP);
    click(browser, browser.find(By.id("book-" + chat)));
    click(browser, browser.find(By.id("book-live-now")));
    // Asking takes an account: the sign-in form, then back on the intake.
    browser.find(By.cssSelector("#vaadinLoginUsername input")).sendKeys(email);
    browser
        .find(By.cssSelector("#vaadinLoginPassword input"))
        .sendKeys(DemoAccounts.PASSWORD + Keys.ENTER);
    browser.waitForVaadin();
    browser.find(By.cssSelector("#ask-vehicle input")).sendKeys("2016 Mazda 3" + Keys.ENTER);
    browser
        .find(By.cssSelector("#ask-problem textarea"))
        .sendKeys("The battery light flickers at idle since yesterday. Can I still drive it?");
    browser.waitForVaadin();
    assertThat(browser.find(By.id("ask-plan")).getText()).contains("Ask a mechanic: chat");
    shoot(browser, "live-intake");
    // Card payments are on: sending leaves Otopair for Stripe's (stub) page, where the price is
    // held before the session queues (not a Vaadin page, so nothing to wait for but its text).
    WebElement send = browser.find(By.id("ask-send"));
    browser.script("arguments[0].scrollIntoView({block: 'center'})", send);
    send.click();
    browser.waitForText("Test checkout");
    browser.screenshot("live-help-stripe-page");
    browser.find(By.id("stub-pay")).click();

    // The waiting room, with the customer's place in the shop's queue.
    browser.find(By.id("waiting-room"));
    UUID session =
        jdbc.queryForObject(
            "select s.id from consult_sessions s join users u on u.id = s.customer_id"
                + " where u.email = ?",
            UUID.class,
            email);
    assertThat(browser.driver.getCurrentUrl()).endsWith("sessions/" + session);
    long ahead =
        jdbc.queryForObject(
            "select count(*) from consult_sessions where shop_id = (select shop_id from"
                + " consult_sessions where id = ?) and status = 'WAITING' and id <> ?",
            Long.class,
            session,
            session);
    assertThat(browser.find(By.id("queue-position")).getText())
        .isEqualTo(I18n.t(I18n.ENGLISH, "consult.waiting.position", ahead + 1));
    shoot(browser, "live-waiting-room");

    // Luc's dashboard shows the request at once and rang, with sound, exactly once for it.
    WebElement card =
        mechanic.find(By.cssSelector("#available-sessions [data-session='" + session + "']"));
    assertThat(card.getText()).contains("2016 Mazda 3").contains("battery light");
    mechanic.waitForScript("return window.otopairRings.length", 1L);
    assertThat(mechanic.script("return window.otopairRings")).isEqualTo(List.of(true));
    shoot(mechanic, "live-dashboard-ringing");

    // Luc claims it; the customer sees him join.
    click(mechanic, card.findElement(By.cssSelector(".otopair-claim")));
    mechanic.find(By.cssSelector("#chat-input textarea"));
    assertThat(mechanic.driver.getCurrentUrl()).endsWith("sessions/" + session);
    browser.waitForText(I18n.t(I18n.ENGLISH, "consult.session.mechanic", luc.name()));
    browser.find(By.cssSelector("#chat-input textarea"));
    assertThat(browser.find(By.id("session-status")).getText())
        .isEqualTo(I18n.t(I18n.ENGLISH, "consult.status.active"));
    assertThat(
            jdbc.queryForObject(
                "select u.email from consult_sessions s join users u on u.id = s.mechanic_id"
                    + " where s.id = ?",
                String.class,
                session))
        .isEqualTo(luc.email());

    // They chat, both ways, live.
    say(browser, "Hello! It flickers more when the headlights are on.");
    mechanic.waitForText("It flickers more when the headlights are on.");
    say(mechanic, "Sounds like the alternator belt. You can drive it to the shop today.");
    browser.waitForText("Sounds like the alternator belt.");
    assertThat(
            jdbc.queryForList(
                "select body from consult_messages where session_id = ? and author_id is not null"
                    + " order by id",
                String.class,
                session))
        .containsExactly(
            "Hello! It flickers more when the headlights are on.",
            "Sounds like the alternator belt. You can drive it to the shop today.");
    shoot(browser, "live-session-customer");
    shoot(mechanic, "live-session-mechanic");

    // The time runs out: both timers show the last seconds, then both pages read Ended.
    Instant end = Instant.now().plusSeconds(SECONDS_LEFT).truncatedTo(ChronoUnit.SECONDS);
    jdbc.update(
        "update consult_sessions set ends_at = ? where id = ?", Timestamp.from(end), session);
    for (Browser side : List.of(browser, mechanic)) {
      side.waitForText(I18n.t(I18n.ENGLISH, "consult.chat.notice.two-minutes"));
      side.waitForScript(
          "return document.getElementById('session-timer').dataset.endsAt", end.toString());
      assertThat(side.find(By.id("session-timer")).getText()).matches("0:[0-5]\\d left");
    }
    String ended = I18n.t(I18n.ENGLISH, "consult.status.ended");
    for (Browser side : List.of(browser, mechanic)) {
      side.waitForScript("return document.getElementById('session-status').textContent", ended);
      side.waitForText(I18n.t(I18n.ENGLISH, "consult.chat.notice.ended.time-up"));
      assertThat(side.driver.findElements(By.cssSelector("#chat-input textarea")))
          .noneMatch(WebElement::isDisplayed);
      assertThat(side.driver.findElements(By.id("session-timer")))
          .noneMatch(WebElement::isDisplayed);
      assertThat(side.driver.findElements(By.id("end-session"))).noneMatch(WebElement::isDisplayed);
    }
    assertThat(
            jdbc.queryForMap(
                "select status, end_reason from consult_sessions where id = ?", session))
        .containsEntry("status", "ENDED")
        .containsEntry("end_reason", "TIME_UP");
    shoot(browser, "live-ended-customer");
    shoot(mechanic, "live-ended-mechanic");

    // The customer's three session mails, in the dev mailbox: queued, Luc joined, the session is
    // over (beside the payment's own mails).
    List<String> subjects =
        List.of(
            I18n.t(
                I18n.ENGLISH, "notifications.mail.session-requested.subject", "Garage du Plateau"),
            I18n.t(I18n.ENGLISH, "notifications.mail.mechanic-joined.subject", luc.name()),
            I18n.t(I18n.ENGLISH, "notifications.mail.session-ended.subject", "Garage du Plateau"));
    assertThat(mailsTo(email, subjects)).containsAll(subjects);
    browser.open("dev/mailbox");
    subjects.forEach(browser::waitForText);
    browser.screenshot("live-mailbox");
  }

  /**
   * The subjects of the mails sent to {@code email}, once the outbox has delivered {@code
   * expected}.
   */
  private List<String> mailsTo(String email, List<String> expected) {
    List<String> subjects = List.of();
    for (int tries = 0; tries < 150 && !subjects.containsAll(expected); tries++) {
      if (tries > 0) {
        try {
          Thread.sleep(200);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
      subjects =
          jdbc.queryForList(
              "select subject from captured_mail where recipient = ? order by sent_at",
              String.class,
              email);
    }
    return subjects;
  }

  /** Writes a line in the chat and sends it with Enter. */
  private static void say(Browser side, String text) {
    side.find(By.cssSelector("#chat-input textarea")).sendKeys(text + Keys.ENTER);
    side.waitForVaadin();
  }

  private static void click(Browser side, WebElement element) {
    side.script("arguments[0].scrollIntoView({block: 'center'})", element);
    element.click();
    side.waitForVaadin();
  }
}
