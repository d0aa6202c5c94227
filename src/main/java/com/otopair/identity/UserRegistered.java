package com.otopair.identity;

import com.otopair.base.AuditableEvent;
import com.otopair.base.LiveUpdate;
import com.otopair.base.Roles;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Someone created an account. */
public record UserRegistered(
    UUID userId, String email, String role, @Nullable String clientAddress, Instant occurredAt)
    implements LiveUpdate, AuditableEvent {

  @Override
  public String action() {
    return "USER_REGISTERED";
  }

  @Override
  public String actor() {
    return email;
  }

  @Override
  public String subject() {
    return email;
  }

  @Override
  public String details() {
    return "Signed up as " + Roles.label(role);
  }
}
