package com.otopair.jobs.ui;

import com.otopair.base.LiveUpdates;
import com.otopair.booking.BookingPagePanel;
import com.otopair.jobs.JobService;
import com.vaadin.flow.component.Component;
import java.util.Optional;
import java.util.UUID;

/** Puts the job's progress and estimate on the customer's booking page, once the shop has one. */
@org.springframework.stereotype.Component
class JobBookingPanel implements BookingPagePanel {

  private final JobService jobs;
  private final LiveUpdates live;

  JobBookingPanel(JobService jobs, LiveUpdates live) {
    this.jobs = jobs;
    this.live = live;
  }

  @Override
  public Optional<Component> panelFor(UUID bookingId) {
    return jobs.forMyBooking(bookingId)
        .map(
            job ->
                new CustomerJobCard(
                    live,
                    job,
                    () -> jobs.forMyBooking(bookingId),
                    (line, approve) -> jobs.decide(job.job().id(), line, approve)));
  }

  @Override
  public Optional<Component> panelForLink(UUID bookingId, String token) {
    return jobs.forBookingLink(bookingId, token)
        .map(
            job ->
                new CustomerJobCard(
                    live,
                    job,
                    () -> jobs.forBookingLink(bookingId, token),
                    (line, approve) -> jobs.decideWithLink(bookingId, token, line, approve)));
  }
}
