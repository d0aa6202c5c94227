package com.otopair.jobs;

import com.otopair.base.CurrentUser;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.PlainText;
import com.otopair.base.SignedInUser;
import com.otopair.identity.UserProvisioning;
import com.otopair.jobs.domain.Job;
import com.otopair.shops.ShopMembership;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Walk-in and phone jobs, opened by the shop's owner for a customer found by email or phone (or
 * created). A confirmed booking opens its own job ({@link JobBookings}).
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class JobIntake {

  private final JobCreation creation;
  private final ShopMembership membership;
  private final UserProvisioning customers;
  private final JobReads reads;

  JobIntake(
      JobCreation creation, ShopMembership membership, UserProvisioning customers, JobReads reads) {
    this.creation = creation;
    this.membership = membership;
    this.customers = customers;
    this.reads = reads;
  }

  /** Opens a walk-in or phone job; the customer is found by email or phone, or created. */
  public JobSummary open(UUID shopId, NewJob draft) {
    SignedInUser me = CurrentUser.require();
    membership.requireOwner(shopId);
    if (draft.origin() == JobOrigin.BOOKING) {
      throw new InvalidRequestException("origin", "jobs.intake.from-booking");
    }
    String title = required("title", draft.title(), 120, "jobs.intake.title.required");
    PlainText.requireLine("vehicle", draft.vehicle());
    PlainText.requireLines("description", draft.description());
    String vehicle = draft.vehicle().strip();
    if (vehicle.length() > 120) {
      throw new InvalidRequestException("vehicle", "jobs.intake.vehicle.too-long");
    }
    // The shop names the customer itself: an email or phone never reveals whose account it is.
    String customerName =
        required("customerName", draft.customerName(), 120, "jobs.intake.name.required");
    UUID customerId =
        customers.findOrCreateCustomer(customerName, draft.customerEmail(), draft.customerPhone());
    Job job =
        creation.create(
            shopId,
            customerId,
            customerName,
            vehicle,
            title,
            draft.description().strip(),
            draft.origin(),
            null,
            null,
            null,
            JobTimeline.Actor.of(me));
    return reads.summary(job);
  }

  private static String required(String field, String value, int max, String requiredKey) {
    PlainText.requireLine(field, value);
    String text = value.strip();
    if (text.isEmpty()) {
      throw new InvalidRequestException(field, requiredKey);
    }
    if (text.length() > max) {
      throw new InvalidRequestException(field, "jobs.intake.too-long", String.valueOf(max));
    }
    return text;
  }
}
