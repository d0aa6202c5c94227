package com.otopair.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.otopair.base.I18n;
import com.otopair.base.InvalidRequestException;
import com.otopair.identity.UserProvisioning;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.IntegrationTest;
import com.otopair.support.SignIn;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The schedule's refusals read in the reader's language, outside a page too (the API, a mail): the
 * hours and days they name included.
 */
class ScheduleRefusalsFrenchTest extends IntegrationTest {

  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired WeeklyHours weeklyHours;
  @Autowired DayChanges dayChanges;
  @Autowired BookingPolicies bookingPolicies;
  @Autowired UserDetailsService userDetails;

  ScheduleFixtures shop;

  @BeforeEach
  void shop() {
    shop = ScheduleFixtures.create(users, shops, membership, "America/Toronto");
    SignIn.as(userDetails, shop.ownerEmail());
  }

  @Test
  void anOverlapNamesTheOtherHoursInFrench() {
    var tuesday =
        WindowHours.weekly(
            DayOfWeek.TUESDAY, LocalTime.of(8, 0), LocalTime.of(12, 0), BigDecimal.ONE);
    weeklyHours.addWindow(shop.shopId(), shop.alex(), tuesday);

    assertThatThrownBy(
            () ->
                I18n.in(
                    I18n.FRENCH,
                    () ->
                        weeklyHours.addWindow(
                            shop.shopId(),
                            shop.alex(),
                            tuesday.at(
                                DayOfWeek.TUESDAY, LocalTime.of(11, 0), LocalTime.MIDNIGHT))))
        .isInstanceOf(InvalidRequestException.class)
        .satisfies(
            e -> {
              assertThat(((InvalidRequestException) e).field()).isEqualTo("start");
              assertThat(I18n.in(I18n.FRENCH, e::getMessage))
                  .isEqualTo("Cela chevauche les heures du mardi de 8 h 00 à 12 h 00");
            });
  }

  @Test
  void daysAndPoliciesAreRefusedInFrench() {
    LocalDate monday = LocalDate.of(2027, 1, 4);
    assertThatThrownBy(
            () ->
                dayChanges.addTimeOff(shop.shopId(), shop.alex(), monday, monday.minusDays(1), ""))
        .isInstanceOf(InvalidRequestException.class)
        .satisfies(
            e ->
                assertThat(I18n.in(I18n.FRENCH, e::getMessage))
                    .isEqualTo("Le dernier jour ne peut pas précéder le premier"));

    BookingPolicy policy = BookingPolicy.DEFAULT;
    var tooFine =
        new BookingPolicy(
            Duration.ofMinutes(90),
            policy.bufferBefore(),
            policy.bufferAfter(),
            policy.minimumNotice(),
            policy.horizonDays(),
            policy.maxBookingsPerDay(),
            policy.cancellationWindow(),
            policy.rescheduleLimit());
    assertThatThrownBy(() -> bookingPolicies.updatePolicy(shop.shopId(), tooFine))
        .isInstanceOf(InvalidRequestException.class)
        .satisfies(
            e ->
                assertThat(I18n.in(I18n.FRENCH, e::getMessage))
                    .isEqualTo("Les plages commencent toutes les 5 à 60 minutes"));
  }
}
