package com.otopair.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.crm.UpsellFixtures;
import com.otopair.shops.OfferingCategory;
import com.otopair.support.IntegrationTest;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The lines a customer left for later, as the jobs module hands them to other modules: only the
 * customer's own declined lines on jobs that go on, with the booking's vehicle and service.
 */
class DeferredLinesTest extends IntegrationTest {

  @Autowired private ApplicationContext beans;
  @Autowired private DeferredLines deferred;
  @Autowired private JdbcTemplate jdbc;

  private UpsellFixtures fixtures;

  @BeforeEach
  void fixtures() {
    fixtures = new UpsellFixtures(beans);
  }

  @Test
  void onlyTheCustomersOwnDeclinedLinesOnJobsThatGoOnWithTheBookingsVehicleAndService() {
    var shop = fixtures.montreal();
    UUID oil = fixtures.service(shop, OfferingCategory.OIL, 8000);
    UUID me = fixtures.userId(fixtures.customer());
    UUID car = fixtures.vehicle(me, 2021);
    Instant visitAt = Instant.parse("2026-01-05T15:00:00Z");
    UUID visit = fixtures.booking(shop, me, oil, car, "COMPLETED", visitAt, visitAt);
    UUID job = fixtures.job(shop, me, visit, "COMPLETED");
    UUID wipers = fixtures.line(job, 1, "Wiper blades", "DECLINED");
    fixtures.line(job, 2, "Oil filter", "APPROVED");
    fixtures.line(job, 3, "Air filter", "PENDING");
    UUID cancelled = fixtures.job(shop, me, null, "CANCELLED");
    fixtures.line(cancelled, 1, "Brake fluid", "DECLINED");
    UUID walkIn = fixtures.job(shop, me, null, "COMPLETED");
    UUID bulbs = fixtures.line(walkIn, 1, "Bulbs", "DECLINED");

    UUID other = fixtures.userId(fixtures.customer());
    UUID theirs = fixtures.job(shop, other, null, "COMPLETED");
    fixtures.line(theirs, 1, "Their tyres", "DECLINED");

    var lines = deferred.of(me);

    assertThat(lines)
        .extracting(DeferredLines.DeferredLine::lineId)
        .containsExactlyInAnyOrder(wipers, bulbs);
    var fromVisit = lines.stream().filter(l -> l.lineId().equals(wipers)).findFirst().orElseThrow();
    assertThat(fromVisit.shopId()).isEqualTo(shop.id());
    assertThat(fromVisit.description()).isEqualTo("Wiper blades");
    assertThat(fromVisit.vehicle()).isEqualTo("2019 Toyota Corolla");
    assertThat(fromVisit.vehicleId()).isEqualTo(car);
    assertThat(fromVisit.bookedServiceId()).isEqualTo(oil);
    var fromWalkIn = lines.stream().filter(l -> l.lineId().equals(bulbs)).findFirst().orElseThrow();
    assertThat(fromWalkIn.vehicleId()).isNull();
    assertThat(fromWalkIn.bookedServiceId()).isNull();
    assertThat(deferred.of(other))
        .extracting(DeferredLines.DeferredLine::description)
        .containsExactly("Their tyres");
  }

  @Test
  void aLineApprovedSinceOrWhoseJobIsCancelledSinceIsGone() {
    var shop = fixtures.montreal();
    UUID me = fixtures.userId(fixtures.customer());
    UUID job = fixtures.job(shop, me, null, "COMPLETED");
    UUID wipers = fixtures.line(job, 1, "Wiper blades", "DECLINED");
    UUID other = fixtures.job(shop, me, null, "WAITING_APPROVAL");
    UUID bulbs = fixtures.line(other, 1, "Bulbs", "DECLINED");
    assertThat(deferred.of(me))
        .extracting(DeferredLines.DeferredLine::lineId)
        .containsExactlyInAnyOrder(wipers, bulbs);

    jdbc.update("update job_lines set approval = 'APPROVED' where id = ?", wipers);
    jdbc.update("update jobs set status = 'CANCELLED' where id = ?", other);

    assertThat(deferred.of(me)).isEmpty();
  }
}
