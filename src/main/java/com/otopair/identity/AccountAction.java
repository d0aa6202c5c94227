package com.otopair.identity;

import com.otopair.base.AuditableEvent;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A security-relevant thing that happened to an account: a login, a failed login, a role change, a
 * suspension, a password reset. Recorded by the audit log, its details a sentence of the identity
 * bundle ({@code identity.audit.*}) with its values.
 */
public record AccountAction(
    String action,
    @Nullable String actor,
    String subject,
    String detailsKey,
    List<String> detailsArgs,
    @Nullable String clientAddress,
    Instant occurredAt)
    implements AuditableEvent {

  public AccountAction {
    detailsArgs = List.copyOf(detailsArgs);
  }

  public static final String LOGIN_SUCCEEDED = "LOGIN_SUCCEEDED";
  public static final String LOGIN_FAILED = "LOGIN_FAILED";
  public static final String ROLE_CHANGED = "ROLE_CHANGED";
  public static final String USER_SUSPENDED = "USER_SUSPENDED";
  public static final String USER_REACTIVATED = "USER_REACTIVATED";
  public static final String PASSWORD_RESET_REQUESTED = "PASSWORD_RESET_REQUESTED";
  public static final String PASSWORD_RESET = "PASSWORD_RESET";
  public static final String PASSWORD_CHANGED = "PASSWORD_CHANGED";
  public static final String EMAIL_VERIFIED = "EMAIL_VERIFIED";
  public static final String EMAIL_CHANGED = "EMAIL_CHANGED";
  public static final String DATA_EXPORTED = "DATA_EXPORTED";
  public static final String ACCOUNT_DELETED = "ACCOUNT_DELETED";
}
