package com.otopair.identity;

import com.otopair.base.ClientAddress;
import com.otopair.base.CurrentUser;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.Roles;
import com.otopair.base.Searches;
import com.otopair.identity.domain.User;
import com.otopair.identity.domain.UserRepository;
import com.otopair.identity.security.ActiveSessions;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The admins' view of all users: search, role changes, suspension. */
@Service
@Transactional
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class UserDirectory {

  private final UserRepository users;
  private final ActiveSessions sessions;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  UserDirectory(
      UserRepository users,
      ActiveSessions sessions,
      Clock clock,
      ApplicationEventPublisher events) {
    this.users = users;
    this.clock = clock;
    this.sessions = sessions;
    this.events = events;
  }

  /** One page of users matching the filter, without counting them all. */
  @Transactional(readOnly = true)
  public Slice<UserSummary> search(UserFilter filter, Pageable page) {
    Pageable stable = Searches.stable(page, Sort.by(Sort.Direction.DESC, "createdAt"));
    return users.findBy(matching(filter), query -> query.slice(stable)).map(UserDirectory::summary);
  }

  /** How many users match the filter. */
  @Transactional(readOnly = true)
  public long count(UserFilter filter) {
    return users.count(matching(filter));
  }

  /** Gives a user another role; their open sessions end so the new role applies at once. */
  public void changeRole(UUID userId, String role) {
    if (!Roles.ALL.contains(role)) {
      throw new InvalidRequestException("role", "identity.user.role.invalid");
    }
    User user = load(userId);
    refuseSelf(user, "identity.user.self-role");
    refuseDeleted(user);
    String previous = user.getRole();
    if (previous.equals(role)) {
      return;
    }
    user.setRole(role);
    sessions.endAllFor(userId);
    record(
        AccountAction.ROLE_CHANGED,
        user,
        "identity.audit.role-changed." + Roles.keyPart(previous) + "." + Roles.keyPart(role));
  }

  /** Stops a user from signing in and ends their open sessions. */
  public void suspend(UUID userId) {
    User user = load(userId);
    refuseSelf(user, "identity.user.self-suspend");
    refuseDeleted(user);
    if (user.getStatus() == UserStatus.SUSPENDED) {
      return;
    }
    user.setStatus(UserStatus.SUSPENDED);
    sessions.endAllFor(userId);
    record(AccountAction.USER_SUSPENDED, user, "identity.audit.suspended");
  }

  /** Lets a suspended user sign in again. */
  public void reactivate(UUID userId) {
    User user = load(userId);
    refuseDeleted(user);
    if (user.getStatus() == UserStatus.ACTIVE) {
      return;
    }
    user.setStatus(UserStatus.ACTIVE);
    record(AccountAction.USER_REACTIVATED, user, "identity.audit.reactivated");
  }

  private User load(UUID userId) {
    return users
        .findById(userId)
        .orElseThrow(() -> new InvalidRequestException("identity.user.not-found"));
  }

  /** An account erased at its owner's request stays erased: no role, no status to change. */
  private static void refuseDeleted(User user) {
    if (user.isDeleted()) {
      throw new InvalidRequestException("identity.user.deleted");
    }
  }

  private static void refuseSelf(User user, String key) {
    if (CurrentUser.require().id().equals(user.getId())) {
      throw new InvalidRequestException(key);
    }
  }

  private void record(String action, User user, String detailsKey) {
    events.publishEvent(
        new AccountAction(
            action,
            CurrentUser.require().email(),
            user.getEmail(),
            detailsKey,
            List.of(),
            ClientAddress.current(),
            clock.instant()));
    events.publishEvent(new UserChanged(user.getId()));
  }

  private static Specification<User> matching(UserFilter filter) {
    return (root, query, cb) -> {
      var predicate = cb.conjunction();
      if (!filter.text().isBlank()) {
        predicate =
            cb.and(
                predicate,
                cb.like(root.get("searchText"), Searches.containing(filter.text()), '\\'));
      }
      if (filter.role() != null) {
        predicate =
            cb.and(
                predicate,
                Roles.ALL.contains(filter.role())
                    ? cb.equal(root.get("role"), filter.role())
                    : cb.disjunction());
      }
      if (filter.status() != null) {
        predicate = cb.and(predicate, cb.equal(root.get("status"), filter.status()));
      }
      return predicate;
    };
  }

  private static UserSummary summary(User user) {
    return new UserSummary(
        user.getId(),
        user.getDisplayName(),
        user.getEmail(),
        user.getRole(),
        user.getStatus(),
        user.isEmailVerified(),
        user.getCreatedAt(),
        user.getLastLoginAt(),
        user.isDeleted());
  }
}
