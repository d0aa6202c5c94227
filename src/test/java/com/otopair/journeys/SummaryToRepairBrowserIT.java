package com.otopair.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.base.Money;
import com.otopair.base.Roles;
import com.otopair.consult.ConsultProvisioning;
import com.otopair.consult.EndReason;
import com.otopair.consult.ReportDraft;
import com.otopair.consult.ReportLine;
import com.otopair.consult.ReportUrgency;
import com.otopair.consult.SessionStatus;
import com.otopair.demo.DemoAccounts;
import com.otopair.identity.UserProvisioning;
import com.otopair.shops.Offering;
import com.otopair.shops.OfferingMode;
import com.otopair.shops.ServiceMenu;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * After a remote chat about grinding brakes, its mechanic finishes the summary (recommending the
 * shop's brake service), previews and sends it; the customer finds the "summary delivered" mail,
 * reads the summary, books the repair from it, and the job that booking opens starts with the
 * summary's parts and labour awaiting the customer's approval on the booking's page, while the
 * shop's job page names the session. Each screen is shot at 1280 and 375 px.
 */
class SummaryToRepairBrowserIT extends BrowserJourney {

  @Autowired UserProvisioning users;
  @Autowired ConsultProvisioning consult;
  @Autowired ServiceMenu menu;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aSentSummaryReachesTheCustomerWhoBooksTheRepairAndTheJobStartsWithItsLines() {
    // A customer of its own: other journeys suspend the demo customer.
    String email = "summary-" + System.nanoTime() + "@example.test";
    UUID customer =
        users.createVerifiedUser(email, "Riley Repair", Roles.CUSTOMER, DemoAccounts.PASSWORD);
    UUID plateau =
        jdbc.queryForObject("select id from shops where slug = 'garage-du-plateau'", UUID.class);
    var luc = DemoAccounts.MECHANICS.getFirst();
    UUID lucId =
        jdbc.queryForObject("select id from users where email = ?", UUID.class, luc.email());
    Offering chat =
        menu.publicMenu(plateau).stream()
            .filter(o -> o.mode() == OfferingMode.REMOTE_CHAT)
            .findFirst()
            .orElseThrow();
    UUID session =
        consult.finished(
            new ConsultProvisioning.Ask(
                plateau,
                "Garage du Plateau",
                chat,
                customer,
                "Riley Repair",
                "2016 Honda Civic",
                "A grinding noise when I brake, louder this week."),
            Instant.now().minus(Duration.ofHours(2)),
            SessionStatus.ENDED,
            EndReason.CUSTOMER,
            lucId,
            luc.name(),
            List.of("It grinds on every stop now.", "That is metal on metal: the pads are gone."));
    String currency = chat.price().currency();
    consult.report(
        session,
        new ReportDraft(
            "The front pads are worn to their backing plates; the rotors are scored.",
            "We listened to the noise over the phone's speaker and checked the pad wear marks.",
            List.of(
                new ReportLine(
                    ReportLine.Kind.PART,
                    "Front brake pads and rotors",
                    BigDecimal.ONE,
                    new Money(21_000, currency)),
                new ReportLine(
                    ReportLine.Kind.LABOUR,
                    "Replace the front pads and rotors",
                    new BigDecimal("1.5"),
                    new Money(11_000, currency))),
            "Have the brakes done this week and drive gently until then.",
            ReportUrgency.URGENT,
            null,
            List.of()),
        false);

    // Luc recommends the brake service, previews the customer's page and sends it.
    signIn(luc.email(), DemoAccounts.PASSWORD);
    browser.open("sessions/" + session + "/summary");
    browser.find(By.id("summary-editor"));
    click(browser, By.id("summary-repair"));
    browser
        .find(
            By.xpath(
                "//vaadin-select-item[starts-with(normalize-space(.), 'Front brake pads and"
                    + " rotors')]"))
        .click();
    browser.waitForVaadin();
    shoot(browser, "summary-editor");
    click(browser, By.id("preview-summary"));
    browser.waitForVaadin();
    assertThat(browser.find(By.id("summary-preview")).getText())
        .contains("Book this repair at Garage du Plateau", "Front brake pads and rotors");
    browser.screenshot("summary-preview");
    browser.clickButton("Close");
    click(browser, By.id("send-summary"));
    browser.waitForVaadin();
    browser.find(By.xpath("//vaadin-button[@slot='confirm-button']")).click();
    browser.waitForText("Summary sent.");
    assertThat(
            jdbc.queryForObject(
                "select status from consult_reports where session_id = ?", String.class, session))
        .isEqualTo("SENT");

    // The customer is mailed, reads the summary and books the repair from it.
    Browser riley = anotherBrowser();
    riley.open("dev/mailbox");
    riley.waitForText(luc.name() + " sent you a summary of your session");
    signIn(riley, email, DemoAccounts.PASSWORD);
    riley.open("sessions/" + session + "/summary");
    var page = riley.find(By.id("summary-page"));
    assertThat(page.getText())
        .contains("front pads are worn", "Replace the front pads and rotors", "2016 Honda Civic");
    shoot(riley, "summary-page");
    click(riley, By.id("book-repair"));
    riley.waitForVaadin();
    riley.waitForText("Front brake pads and rotors");
    ((JavascriptExecutor) riley.driver)
        .executeScript("document.querySelector('.otopair-free-day').click()");
    riley.waitForVaadin();
    riley.find(By.cssSelector("#book-day .otopair-slot-button")).click();
    riley.waitForVaadin();
    riley.waitForText("Held for you for");
    riley
        .find(By.xpath("//*[label[normalize-space(.)=\"What’s going on?\"]]/textarea"))
        .sendKeys("The brakes from my remote session.");
    riley.type("Phone for the shop", "+1 514 555 0142");
    riley.type("Year", "2016");
    riley.type("Make", "Honda");
    riley.type("Model", "Civic");
    riley.clickButton("Confirm booking");
    riley.waitForText("You’re booked");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from bookings where customer_id = ? and origin_session_id = ?",
                Integer.class,
                customer,
                session))
        .isEqualTo(1);

    // The job opens from the confirmation (the outbox) with the summary's lines to approve.
    UUID job = awaitJob(session);
    assertThat(
            jdbc.queryForList(
                "select description from job_lines where job_id = ? and approval = 'PENDING'"
                    + " order by position",
                String.class,
                job))
        .containsExactly("Front brake pads and rotors", "Replace the front pads and rotors");
    // The customer approves the lines on the booking's page; the shop's job page names the session.
    UUID booking =
        jdbc.queryForObject(
            "select id from bookings where origin_session_id = ?", UUID.class, session);
    riley.open("bookings/" + booking);
    riley.waitForText("Replace the front pads and rotors");
    riley.waitForText("Booked from your remote session with " + luc.name());
    shoot(riley, "summary-repair-booking");
    browser.open("jobs/" + job);
    browser.waitForText("Replace the front pads and rotors");
    browser.waitForText("From remote session");
    shoot(browser, "summary-repair-job");
  }

  /** Clicks an element below the fold, as a person scrolls to it first. */
  private static void click(Browser side, By by) {
    ((JavascriptExecutor) side.driver)
        .executeScript("arguments[0].scrollIntoView({block: 'center'})", side.find(by));
    side.find(by).click();
  }

  private UUID awaitJob(UUID session) {
    long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < until) {
      List<UUID> jobs =
          jdbc.queryForList("select id from jobs where origin_session_id = ?", UUID.class, session);
      if (!jobs.isEmpty()) {
        return jobs.getFirst();
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError("No job was opened from the session's repair booking");
  }
}
