package com.otopair.identity;

import com.otopair.base.Roles;
import com.otopair.identity.domain.UserRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Names and addresses of users, for other modules (shop teams, emails about a shop). */
@Service
@Transactional(readOnly = true)
public class UserContacts {

  private final UserRepository users;

  UserContacts(UserRepository users) {
    this.users = users;
  }

  public Optional<UserContact> find(UUID userId) {
    return users
        .findById(userId)
        .map(u -> new UserContact(u.getId(), u.getDisplayName(), u.getEmail()));
  }

  public List<UserContact> findAll(Collection<UUID> userIds) {
    if (userIds.isEmpty()) {
      return List.of();
    }
    if (userIds.size() <= 2) {
      var ids = userIds.iterator();
      UUID one = ids.next();
      return users.contactsOf(one, ids.hasNext() ? ids.next() : one);
    }
    return users.contactsOf(userIds);
  }

  /** The admins who may sign in: Otopair support, for alerts that need a person. */
  public List<UserContact> admins() {
    return users.findByRoleAndStatusOrderByCreatedAt(Roles.ADMIN, UserStatus.ACTIVE).stream()
        .map(u -> new UserContact(u.getId(), u.getDisplayName(), u.getEmail()))
        .toList();
  }

  /** Whether the user has confirmed their email address. */
  public boolean isVerified(UUID userId) {
    return users.emailVerifiedOf(userId).orElse(false);
  }
}
