package com.otopair.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.base.I18n;
import com.otopair.base.Roles;
import com.otopair.consult.LiveSessions;
import com.otopair.consult.SessionQueue;
import com.otopair.demo.DemoAccounts;
import com.otopair.identity.UserProvisioning;
import com.otopair.support.SignIn;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A video session in a real Chromium, with LiveKit configured at an address where nothing listens:
 * the waiting room offers the camera and microphone check; once Luc joins, the session page shows
 * the call, which cannot reach the video service and says so in one sentence, with the chat still
 * there. Shot at 1280 and 375 px; the console holds no error but the failed connection to LiveKit
 * (and Chromium's request for a site icon), and no Content-Security-Policy refusal.
 */
class VideoSessionBrowserIT extends BrowserJourney {

  private static final String SHOP = "garage-du-plateau";

  @Autowired UserProvisioning users;
  @Autowired UserDetailsService userDetails;
  @Autowired SessionQueue queue;
  @Autowired JdbcTemplate jdbc;
  @Autowired LiveSessions live;

  @Test
  void aVideoSessionShowsItsCallAndSaysClearlyWhenTheVideoServiceCannotBeReached() {
    String email = "video-" + System.nanoTime() + "@example.test";
    users.createVerifiedUser(email, "Chloé Gagnon", Roles.CUSTOMER, DemoAccounts.PASSWORD);
    DemoAccounts.Account luc = DemoAccounts.MECHANICS.getFirst();
    UUID video =
        jdbc.queryForObject(
            "select o.id from offerings o join shops s on s.id = o.shop_id"
                + " where s.slug = ? and o.mode = 'REMOTE_VIDEO' and o.active",
            UUID.class,
            SHOP);

    signIn(email, DemoAccounts.PASSWORD);
    browser.open("sessions/new/" + SHOP + "/" + video);
    browser.find(By.cssSelector("#ask-vehicle input")).sendKeys("2019 Kia Soul" + Keys.ENTER);
    browser
        .find(By.cssSelector("#ask-problem textarea"))
        .sendKeys("A rattle from the back when I brake; I can film it.");
    browser.waitForVaadin();
    WebElement send = browser.find(By.id("ask-send"));
    browser.script("arguments[0].scrollIntoView({block: 'center'})", send);
    send.click();
    // Card payments are on: Stripe's (stub) page holds the price, then the waiting room.
    browser.waitForText("Test checkout");
    browser.find(By.id("stub-pay")).click();

    browser.find(By.id("waiting-room"));
    WebElement check = browser.find(By.id("device-check-panel"));
    assertThat(check.getAttribute("data-state")).isEqualTo("idle");
    assertThat(browser.find(By.id("device-check")).getText())
        .isEqualTo(I18n.t(I18n.ENGLISH, "consult.video.check.start"));
    shoot(browser, "video-waiting-room");

    UUID session =
        jdbc.queryForObject(
            "select s.id from consult_sessions s join users u on u.id = s.customer_id"
                + " where u.email = ?",
            UUID.class,
            email);
    SignIn.as(userDetails, luc.email());
    try {
      queue.claim(session);
    } finally {
      SecurityContextHolder.clearContext();
    }

    // Luc ends the call afterwards, whatever happens: a mechanic holds one session at a time, and
    // the other journeys need him free.
    try {
      // The call appears, tries LiveKit, and says it cannot reach it; the chat stays below.
      browser.find(By.id("video-card"));
      browser.waitForScript(
          "const room = document.getElementById('video-room');"
              + " return room ? room.dataset.state : null",
          "unreachable");
      String unreachable = I18n.t(I18n.ENGLISH, "consult.video.room.unreachable");
      assertThat(browser.find(By.cssSelector("#video-room .otopair-video-status")).getText())
          .isEqualTo(unreachable);
      assertThat(browser.find(By.id("video-leave")).getText())
          .isEqualTo(I18n.t(I18n.ENGLISH, "consult.video.room.rejoin"));
      browser.find(By.cssSelector("#chat-input textarea"));
      shoot(browser, "video-session-unreachable");

      List<String> console = browser.consoleErrors();
      // The policy lets LiveKit through: it fails as unreachable, never as refused.
      assertThat(console)
          .as("Content-Security-Policy violations")
          .noneMatch(SecurityHeadersServerIT::isPolicyViolation);
      List<String> errors =
          console.stream()
              .filter(message -> !message.contains(RunningServer.LIVEKIT_URL.substring(5)))
              // Chromium asks every site for an icon, which Otopair does not have.
              .filter(message -> !message.contains("/favicon.ico"))
              .toList();
      assertThat(errors).as("console errors other than LiveKit's unreachable address").isEmpty();
      assertThat(browser.driver.getPageSource()).doesNotContain("Exception");
    } finally {
      SignIn.as(userDetails, luc.email());
      try {
        live.end(session);
      } finally {
        SecurityContextHolder.clearContext();
      }
    }
  }
}
