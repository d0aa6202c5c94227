package com.otopair.scheduling;

import static com.otopair.support.Refusals.assertRefusedAt;
import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.identity.UserProvisioning;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.ControlCharacters;
import com.otopair.support.IntegrationTest;
import com.otopair.support.SignIn;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * What the schedule takes from people: a control character in an override's or time off's reason or
 * in a template's name is refused next to its field, and nothing is stored.
 */
class ScheduleInputTest extends IntegrationTest {

  private static final String MESSAGE = ControlCharacters.MESSAGE;
  private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

  @Autowired DayChanges dayChanges;
  @Autowired ScheduleTemplates scheduleTemplates;
  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired UserDetailsService userDetails;
  @Autowired JdbcTemplate jdbc;

  ScheduleFixtures shop;

  @BeforeEach
  void shop() {
    shop = ScheduleFixtures.create(users, shops, membership, "America/Toronto");
    SignIn.as(userDetails, shop.ownerEmail());
  }

  private long rows(String table) {
    return jdbc.queryForObject(
        "select count(*) from " + table + " where shop_id = ?", Long.class, shop.shopId());
  }

  @Test
  void controlCharactersInAReasonOrATemplateNameAreRefusedNextToTheirField() {
    var week =
        List.of(
            WindowHours.weekly(
                DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(12, 0), BigDecimal.ONE));
    for (String control : ControlCharacters.ALL) {
      assertRefusedAt(
          () ->
              dayChanges.setOverride(
                  shop.shopId(), shop.alex(), DAY, null, null, BigDecimal.ONE, "Dentist" + control),
          "reason",
          MESSAGE);
      assertRefusedAt(
          () ->
              dayChanges.addTimeOff(
                  shop.shopId(), shop.alex(), DAY, DAY.plusDays(2), "Holi" + control + "days"),
          "reason",
          MESSAGE);
      assertRefusedAt(
          () -> scheduleTemplates.saveTemplate(shop.shopId(), "Summer" + control, week),
          "name",
          MESSAGE);
    }
    // One line only: the reason and the name are single-line fields.
    assertRefusedAt(
        () -> dayChanges.addTimeOff(shop.shopId(), shop.alex(), DAY, DAY, "Holi\ndays"),
        "reason",
        MESSAGE);
    assertThat(rows("schedule_overrides")).isZero();
    assertThat(rows("time_off")).isZero();
    assertThat(rows("schedule_templates")).isZero();
  }
}
