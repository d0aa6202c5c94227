package com.otopair.journeys;

import com.otopair.base.Roles;
import com.otopair.consult.ConsultProvisioning;
import com.otopair.consult.SessionQueue;
import com.otopair.demo.DemoAccounts;
import com.otopair.identity.UserProvisioning;
import com.otopair.shops.OfferingMode;
import com.otopair.shops.ServiceMenu;
import com.otopair.shops.ShopMembership;
import com.otopair.support.SignIn;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The chat's delay as people see it, for {@code bench/chat}: a few claimed sessions, each with its
 * customer's and its mechanic's page open in their own Chromium, the two sides writing in turn. A
 * message is timed in the browsers, on the machine's one clock: from the sender's page handing it
 * to Vaadin (its message input's submit) to the receiver's page having it in its message list
 * (looked for every 4 ms). Not a test: failsafe runs it only when named ({@code -Dit.test}); it
 * prints its figures and writes them to {@code target/chat-browser.txt}.
 */
class ChatDelayBench extends BrowserJourney {

  private static final int PAIRS = Integer.getInteger("bench.pairs", 3);
  private static final int MESSAGES = Integer.getInteger("bench.messages", 20);
  private static final long EVERY_MS = Long.getLong("bench.every", 300);

  /** Notes when each message of the bench first shows in the page's chat. */
  private static final String WATCH =
      "window.benchSeen = {}; setInterval(() => {" // i18n: script
          + " const list = document.querySelector('vaadin-message-list'); if (!list) { return; }" // i18n: script
          + " const texts = (list.items || []).map(i => i.text || '');" // i18n: script
          + " const shown = texts.join('\\n') + '\\n' + list.textContent;" // i18n: script
          + " for (const m of shown.match(/bench-\\d+-\\d+/g) || []) {" // i18n: script
          + " if (!(m in window.benchSeen)) { window.benchSeen[m] = Date.now(); } } }, 4);"; // i18n: script

  /** Sends a message as the person typing it and pressing Enter would, and says when. */
  private static final String SEND =
      "const input = document.querySelector('vaadin-message-input');" // i18n: script
          + " const at = Date.now();" // i18n: script
          + " input.dispatchEvent(new CustomEvent('submit', {detail: {value: arguments[0]}}));" // i18n: script
          + " return at;"; // i18n: script

  @Autowired UserProvisioning users;
  @Autowired ShopMembership membership;
  @Autowired ServiceMenu menu;
  @Autowired ConsultProvisioning consult;
  @Autowired SessionQueue queue;
  @Autowired UserDetailsService userDetails;
  @Autowired JdbcTemplate jdbc;

  @Test
  void chatDelayInTheBrowsers() throws Exception {
    UUID plateau =
        jdbc.queryForObject("select id from shops where slug = 'garage-du-plateau'", UUID.class);
    var chat =
        menu.publicMenu(plateau).stream()
            .filter(o -> o.mode() == OfferingMode.REMOTE_CHAT)
            .findFirst()
            .orElseThrow();
    List<Long> delays = new ArrayList<>();
    int sent = 0;
    for (int pair = 0; pair < PAIRS; pair++) {
      String tag = System.nanoTime() + "-" + pair;
      String customerEmail = "bench-customer-" + tag + "@example.test";
      String mechanicEmail = "bench-mechanic-" + tag + "@example.test";
      UUID customer =
          users.createVerifiedUser(
              customerEmail, "Bench Customer", Roles.CUSTOMER, DemoAccounts.PASSWORD);
      UUID mechanic =
          users.createVerifiedUser(
              mechanicEmail, "Bench Mechanic", Roles.MECHANIC, DemoAccounts.PASSWORD);
      membership.addMechanic(plateau, mechanic);
      UUID session =
          consult.waiting(
              new ConsultProvisioning.Ask(
                  plateau,
                  "Garage du Plateau",
                  chat,
                  customer,
                  "Bench Customer",
                  "2016 Honda Civic",
                  "A bench of the chat's delay."),
              Duration.ZERO);
      SignIn.as(userDetails, mechanicEmail);
      try {
        queue.claim(session);
      } finally {
        SecurityContextHolder.clearContext();
      }

      Browser customerPage = pair == 0 ? browser : anotherBrowser();
      Browser mechanicPage = anotherBrowser();
      signIn(customerPage, customerEmail, DemoAccounts.PASSWORD);
      signIn(mechanicPage, mechanicEmail, DemoAccounts.PASSWORD);
      for (Browser page : List.of(customerPage, mechanicPage)) {
        page.open("sessions/" + session);
        page.find(By.cssSelector("vaadin-message-input"));
        page.script(WATCH);
      }
      Map<String, Long> sentAt = new java.util.HashMap<>();
      Map<String, Browser> receiver = new java.util.HashMap<>();
      for (int round = 0; round < MESSAGES; round++) {
        boolean fromCustomer = round % 2 == 0;
        String text = "bench-" + pair + "-" + round;
        Browser from = fromCustomer ? customerPage : mechanicPage;
        sentAt.put(text, (Long) from.script(SEND, text));
        receiver.put(text, fromCustomer ? mechanicPage : customerPage);
        sent++;
        Thread.sleep(EVERY_MS);
      }
      Thread.sleep(2000);
      for (var entry : sentAt.entrySet()) {
        Object seen =
            receiver
                .get(entry.getKey())
                .script("return window.benchSeen[arguments[0]]", entry.getKey());
        if (seen instanceof Number at) {
          delays.add(at.longValue() - entry.getValue());
        }
      }
      closeBrowsers();
      browser = anotherBrowser();
    }
    List<Long> sorted = delays.stream().sorted().toList();
    String report =
        sorted.isEmpty()
            ? "== Chromium: no message arrived of " + sent
            : String.format(
                "== Chromium, %d session pairs, %d browsers: %d of %d messages shown;"
                    + " p50 %d ms, p95 %d ms, max %d ms",
                PAIRS,
                PAIRS * 2,
                sorted.size(),
                sent,
                at(sorted, 0.50),
                at(sorted, 0.95),
                sorted.getLast());
    System.out.println(report);
    write(report);
  }

  private static long at(List<Long> sorted, double quantile) {
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1));
  }

  private static void write(String report) throws IOException {
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", "chat-browser.txt"), report + "\n");
  }
}
