package com.otopair.jobs;

import com.otopair.jobs.domain.Job;
import com.otopair.jobs.domain.JobEvent;
import com.otopair.jobs.domain.JobRepository;
import com.otopair.shops.ServiceMenu;
import com.otopair.shops.ShopMembership;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Makes a job, whoever opens it (the owner, a booking, the demo data): the shop's next number, its
 * name, tax rate and currency, and the first step on its timeline; tells the other modules it was
 * opened ({@link JobOpened}, with how it came in). Callers check who may.
 */
@Component
class JobCreation {

  private final JobRepository jobs;
  private final ShopMembership membership;
  private final ServiceMenu menu;
  private final JobTimeline timeline;
  private final JdbcTemplate jdbc;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  JobCreation(
      JobRepository jobs,
      ShopMembership membership,
      ServiceMenu menu,
      JobTimeline timeline,
      JdbcTemplate jdbc,
      ApplicationEventPublisher events,
      Clock clock) {
    this.jobs = jobs;
    this.jdbc = jdbc;
    this.membership = membership;
    this.menu = menu;
    this.timeline = timeline;
    this.events = events;
    this.clock = clock;
  }

  /** A REQUESTED job with the shop's next number, on the timeline from its first moment. */
  Job create(
      UUID shopId,
      UUID customerId,
      String customerName,
      String vehicle,
      String title,
      String description,
      JobOrigin origin,
      @Nullable UUID bookingId,
      @Nullable UUID mechanicId,
      @Nullable Instant scheduledAt,
      JobTimeline.Actor actor) {
    Job job =
        create(
            shopId,
            customerId,
            customerName,
            vehicle,
            title,
            description,
            origin,
            bookingId,
            mechanicId,
            scheduledAt,
            actor,
            clock.instant());
    timeline.changed(job);
    return job;
  }

  /** The same, made at {@code at} (a job of the demo's history), without telling its screens. */
  Job create(
      UUID shopId,
      UUID customerId,
      String customerName,
      String vehicle,
      String title,
      String description,
      JobOrigin origin,
      @Nullable UUID bookingId,
      @Nullable UUID mechanicId,
      @Nullable Instant scheduledAt,
      JobTimeline.Actor actor,
      Instant at) {
    Integer number =
        jdbc.queryForObject(
            "insert into job_counters (shop_id, last) values (?, 1)"
                + " on conflict (shop_id) do update set last = job_counters.last + 1 returning last",
            Integer.class,
            shopId);
    Job job =
        jobs.save(
            new Job(
                shopId,
                Objects.requireNonNull(number),
                membership.shopName(shopId),
                customerId,
                customerName,
                vehicle,
                title,
                description,
                origin,
                bookingId,
                mechanicId,
                SalesTax.rateFor(membership.regionOf(shopId)),
                menu.currencyOf(shopId),
                scheduledAt,
                at));
    timeline.record(
        job,
        actor,
        JobEvent.Kind.CREATED,
        null,
        JobStatus.REQUESTED,
        JobTimeline.Note.of(origin.key()),
        at);
    timeline.flush();
    events.publishEvent(new JobOpened(job.getId(), shopId, customerId, origin, at));
    return job;
  }
}
