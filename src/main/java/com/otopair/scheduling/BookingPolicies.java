package com.otopair.scheduling;

import com.otopair.base.InvalidRequestException;
import com.otopair.scheduling.domain.BookingPolicyEntity;
import com.otopair.scheduling.domain.BookingPolicyRepository;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How a shop takes bookings: slot step, buffers, notice, horizon, daily cap, changes, and how long
 * its live sessions wait for a mechanic.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class BookingPolicies {

  private final BookingPolicyRepository policies;
  private final ScheduleAccess access;

  BookingPolicies(BookingPolicyRepository policies, ScheduleAccess access) {
    this.policies = policies;
    this.access = access;
  }

  /** The shop's policy, for anyone who works there. */
  @Transactional(readOnly = true)
  public BookingPolicy policy(UUID shopId) {
    access.requireMember(shopId);
    return policyOf(shopId);
  }

  /** The owner changes how the shop takes bookings. */
  public void updatePolicy(UUID shopId, BookingPolicy policy) {
    access.requireOwner(shopId);
    validate(policy);
    BookingPolicyEntity entity =
        policies.findByShopId(shopId).orElseGet(() -> new BookingPolicyEntity(shopId));
    entity.set(policy);
    policies.save(entity);
    access.changed(shopId);
  }

  /** The policy without a check of who asks, for the schedule a member already may see. */
  BookingPolicy policyOf(UUID shopId) {
    return policies
        .findByShopId(shopId)
        .map(BookingPolicyEntity::toPolicy)
        .orElse(BookingPolicy.DEFAULT);
  }

  private static void validate(BookingPolicy policy) {
    refuseAt("step", ScheduleRules.stepProblem(policy.step().toMinutes()));
    refuseAt("buffer", ScheduleRules.bufferProblem(policy.bufferBefore().toMinutes()));
    refuseAt("buffer", ScheduleRules.bufferProblem(policy.bufferAfter().toMinutes()));
    refuseAt("notice", ScheduleRules.noticeProblem(policy.minimumNotice().toMinutes()));
    refuseAt("horizon", ScheduleRules.horizonProblem(policy.horizonDays()));
    refuseAt("cap", ScheduleRules.capProblem(policy.maxBookingsPerDay()));
    refuseAt(
        "cancellation", ScheduleRules.cancellationProblem(policy.cancellationWindow().toHours()));
    refuseAt("reschedules", ScheduleRules.reschedulesProblem(policy.rescheduleLimit()));
    refuseAt("liveWait", ScheduleRules.liveWaitProblem(policy.liveWaitMinutes()));
  }

  /** Refuses at {@code field} with the problem a rule of {@link ScheduleRules} named, if any. */
  static void refuseAt(String field, @Nullable String problem) {
    if (problem != null) {
      throw new InvalidRequestException(field, problem);
    }
  }
}
