package com.otopair.jobs.ui;

import com.otopair.base.LiveUpdates;
import com.otopair.booking.BookingPagePanel;
import com.otopair.jobs.JobBoard;
import com.otopair.jobs.JobEstimate;
import com.otopair.jobs.JobLinks;
import com.vaadin.flow.component.Component;
import java.util.Optional;
import java.util.UUID;

/** Puts the job's progress and estimate on the customer's booking page, once the shop has one. */
@org.springframework.stereotype.Component
class JobBookingPanel implements BookingPagePanel {

  private final JobBoard jobs;
  private final JobEstimate estimate;
  private final JobLinks links;
  private final LiveUpdates live;

  JobBookingPanel(JobBoard jobs, JobEstimate estimate, JobLinks links, LiveUpdates live) {
    this.jobs = jobs;
    this.estimate = estimate;
    this.links = links;
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
                    (line, approve) -> estimate.decide(job.job().id(), line, approve)));
  }

  @Override
  public Optional<Component> panelForLink(UUID bookingId, String token) {
    return links
        .forBookingLink(bookingId, token)
        .map(
            job ->
                new CustomerJobCard(
                    live,
                    job,
                    () -> links.forBookingLink(bookingId, token),
                    (line, approve) -> links.decideWithLink(bookingId, token, line, approve)));
  }
}
