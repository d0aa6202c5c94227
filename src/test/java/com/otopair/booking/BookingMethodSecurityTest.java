package com.otopair.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.otopair.base.InvalidRequestException;
import com.otopair.base.NotFoundException;
import com.otopair.base.Roles;
import com.otopair.identity.UserProvisioning;
import com.otopair.scheduling.ScheduleProvisioning;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.IntegrationTest;
import com.otopair.support.SignIn;
import com.otopair.support.TestDays;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Who reaches the booking services: the customer's services only signed in, the payment callbacks
 * and the signed links without signing in, the admin's cancel only an admin; someone else's booking
 * is not found.
 */
class BookingMethodSecurityTest extends IntegrationTest {

  static final ZoneId TORONTO = ZoneId.of("America/Toronto");

  /** Reached without signing in: the payments module calls them from webhooks and its outbox. */
  static final Set<String> PAYMENT_CALLBACKS = Set.of("confirmPaid", "releaseUnpaid");

  @Autowired BookingHolds holds;
  @Autowired BookingChanges changes;
  @Autowired MyBookings mine;
  @Autowired PhoneBookings phoneBookings;
  @Autowired ManageLinks manageLinks;
  @Autowired BookingLinks links;
  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired ScheduleProvisioning schedules;
  @Autowired UserDetailsService userDetails;

  @Test
  void nobodySignedInReachesTheCustomersServicesButThePaymentCallbacks() throws Exception {
    List<String> reached = new ArrayList<>();
    int checked = 0;
    for (Object service : List.of(holds, changes, mine, phoneBookings)) {
      for (Method method : AopUtils.getTargetClass(service).getDeclaredMethods()) {
        if (!Modifier.isPublic(method.getModifiers())
            || Modifier.isStatic(method.getModifiers())
            || PAYMENT_CALLBACKS.contains(method.getName())) {
          continue;
        }
        checked++;
        try {
          method.invoke(service, new Object[method.getParameterCount()]);
          reached.add(method.getName());
        } catch (InvocationTargetException e) {
          if (!(e.getCause() instanceof AuthenticationCredentialsNotFoundException)) {
            reached.add(method.getName() + " (" + e.getCause() + ")");
          }
        }
      }
    }

    assertThat(checked).isEqualTo(20);
    assertThat(reached).isEmpty();
    assertThat(holds.confirmPaid(UUID.randomUUID())).isFalse();
    holds.releaseUnpaid(UUID.randomUUID());
  }

  @Test
  void aSignedLinkOpensItsBookingWithoutSigningInAndAnotherLinkDoesNot() {
    UUID booking = confirmedBooking();
    UUID other = confirmedBooking();
    SecurityContextHolder.clearContext();

    assertThat(manageLinks.view(booking, links.token(booking)).id()).isEqualTo(booking);
    assertThat(manageLinks.changeRefusal(booking, links.token(booking))).isEmpty();
    assertThatThrownBy(() -> manageLinks.view(booking, links.token(other)))
        .isInstanceOf(InvalidRequestException.class);
    assertThatThrownBy(() -> manageLinks.changeRefusal(booking, links.token(other)))
        .isInstanceOf(InvalidRequestException.class);
    assertThatThrownBy(() -> manageLinks.cancel(booking, links.token(other), "No"))
        .isInstanceOf(InvalidRequestException.class);
  }

  @Test
  void anotherCustomersBookingIsNotFoundWhateverIsAsked() {
    UUID theirs = confirmedBooking();
    confirmedBooking();

    assertThatThrownBy(() -> mine.booking(theirs)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> mine.policy(theirs)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> changes.changeRefusal(theirs))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("We couldn’t find that booking");
    assertThatThrownBy(() -> changes.cancel(theirs, "Mine now"))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> holds.releaseHold(theirs)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void onlyAnAdminCancelsSomeoneElsesBookingForThem() {
    UUID booking = confirmedBooking();
    assertThatThrownBy(() -> changes.forceCancel(booking, "Shop closed"))
        .isInstanceOf(AccessDeniedException.class);

    String admin = "admin-" + UUID.randomUUID() + "@example.test";
    users.createVerifiedUser(admin, "Ada Admin", Roles.ADMIN, "a long passphrase");
    SignIn.as(userDetails, admin);

    assertThat(changes.forceCancel(booking, "Shop closed").status())
        .isEqualTo(BookingStatus.CANCELLED);
  }

  /** A confirmed booking of a new customer at a new shop; that customer stays signed in. */
  private UUID confirmedBooking() {
    BookingFixtures fixture = BookingFixtures.create(users, shops, membership, schedules);
    SignIn.as(userDetails, BookingFixtures.customers(users, 1).getFirst());
    Instant nine = TestDays.nextMonday(clock, TORONTO).atTime(9, 0).atZone(TORONTO).toInstant();
    BookingSummary held =
        holds.hold(fixture.shop().shopId(), fixture.oilChange(), fixture.shop().alex(), nine);
    return holds.confirm(held.id(), BookingHoldsTest.details()).id();
  }
}
