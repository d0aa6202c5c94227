package com.otopair.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.demo.DemoAccounts;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo's booked live chat in two browsers: Camille (who reads French) goes from her booking's
 * page to the session's page, which says when it starts and with whom; the mechanic it is booked
 * with finds it on their dashboard with its time. Each screen is shot at 1280 and 375 px.
 */
class BookedSessionBrowserIT extends BrowserJourney {

  @Autowired JdbcTemplate jdbc;

  @Test
  void camilleFindsHerBookedChatFromHerBookingAndItsMechanicSeesItOnTheDashboard() {
    Map<String, Object> booked =
        jdbc.queryForMap(
            "select s.id, s.booking_id, s.booked_mechanic_name, u.email as mechanic"
                + " from consult_sessions s join users c on c.id = s.customer_id"
                + " join users u on u.id = s.booked_mechanic_id"
                + " where c.email = ? and s.status = 'SCHEDULED' and s.vehicle = '2017 Mazda 3'",
            DemoAccounts.FRENCH_CUSTOMERS.getFirst().email());
    UUID session = (UUID) booked.get("id");

    signIn(DemoAccounts.FRENCH_CUSTOMERS.getFirst().email(), DemoAccounts.PASSWORD);
    browser.open("bookings/" + booked.get("booking_id"));
    var panel = browser.find(By.id("booking-session"));
    assertThat(panel.getText()).contains("C’est une séance en direct");
    panel.findElement(By.tagName("a")).click();
    browser.waitForVaadin();
    var room = browser.find(By.id("booked-room"));
    assertThat(browser.driver.getCurrentUrl()).endsWith("sessions/" + session);
    assertThat(room.getText())
        .contains("Votre séance avec " + booked.get("booked_mechanic_name") + " commence le");
    shoot(browser, "booked-session-customer");

    Browser mechanic = anotherBrowser();
    signIn(mechanic, (String) booked.get("mechanic"), DemoAccounts.PASSWORD);
    mechanic.open("sessions");
    var card =
        mechanic.find(By.cssSelector(".otopair-booked-session[data-session='" + session + "']"));
    assertThat(card.getText()).contains("Camille Roy", "2017 Mazda 3");
    shoot(mechanic, "booked-session-dashboard");
  }
}
