package com.otopair.identity;

import com.otopair.base.AuditableEvent;
import com.otopair.base.LiveUpdate;
import com.otopair.base.Roles;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An account was created: by its owner signing up ({@code selfService}), or by Otopair itself (the
 * first admin, demo data, invited mechanics).
 */
public record UserRegistered(
    UUID userId,
    String email,
    String role,
    boolean selfService,
    @Nullable String clientAddress,
    Instant occurredAt)
    implements LiveUpdate, AuditableEvent {

  @Override
  public String action() {
    return "USER_REGISTERED";
  }

  @Override
  public @Nullable String actor() {
    return selfService ? email : null;
  }

  @Override
  public String subject() {
    return email;
  }

  /** "Signed up as Customer", "Account created by Otopair as Mechanic": a sentence per role. */
  @Override
  public String detailsKey() {
    return (selfService ? "identity.audit.signed-up." : "identity.audit.created.")
        + Roles.keyPart(role);
  }
}
