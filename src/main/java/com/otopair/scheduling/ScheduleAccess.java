package com.otopair.scheduling;

import com.otopair.base.CurrentUser;
import com.otopair.base.InvalidRequestException;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopRole;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Who may read and change a shop's schedule, on top of the shops' tenant guard: a stranger to the
 * shop is told it can't be found; the owner edits any of the shop's mechanics, a mechanic only
 * their own hours. Every change is announced once here.
 */
@Component
class ScheduleAccess {

  private final ShopMembership membership;
  private final ApplicationEventPublisher events;

  ScheduleAccess(ShopMembership membership, ApplicationEventPublisher events) {
    this.membership = membership;
    this.events = events;
  }

  ShopRole requireMember(UUID shopId) {
    return membership.requireMember(shopId);
  }

  void requireOwner(UUID shopId) {
    membership.requireOwner(shopId);
  }

  /** The owner edits any of the shop's mechanics; a mechanic edits only their own hours. */
  void requireCanEdit(UUID shopId, UUID mechanicId) {
    UUID me = CurrentUser.require().id();
    boolean owner = membership.requireMember(shopId).owner();
    boolean allowed =
        membership.mechanicsOf(shopId).contains(mechanicId) && (me.equals(mechanicId) || owner);
    if (!allowed) {
      throw new InvalidRequestException("scheduling.access.not-allowed");
    }
  }

  void changed(UUID shopId) {
    events.publishEvent(new ScheduleChanged(shopId, CurrentUser.require().id()));
  }
}
