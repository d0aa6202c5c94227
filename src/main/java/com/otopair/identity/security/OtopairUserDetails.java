package com.otopair.identity.security;

import com.otopair.base.SignedInUser;
import com.otopair.identity.UserStatus;
import com.otopair.identity.domain.User;
import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The security principal of a signed-in Otopair user; equal when the user id is. */
final class OtopairUserDetails
    implements UserDetails, CredentialsContainer, SignedInUser, Serializable {

  @Serial private static final long serialVersionUID = 1L;

  private final UUID id;
  private final String email;
  private final String displayName;
  private final String role;
  private final boolean emailVerified;
  private final boolean suspended;
  private @Nullable String passwordHash;

  /** A user as read with a token (no password: a token's call needs none). */
  OtopairUserDetails(
      UUID id,
      String email,
      String displayName,
      String role,
      boolean emailVerified,
      boolean suspended) {
    this.id = id;
    this.email = email;
    this.displayName = displayName;
    this.role = role;
    this.emailVerified = emailVerified;
    this.suspended = suspended;
    this.passwordHash = null;
  }

  OtopairUserDetails(User user) {
    this.id = user.getId();
    this.email = user.getEmail();
    this.displayName = user.getDisplayName();
    this.role = user.getRole();
    this.emailVerified = user.isEmailVerified();
    this.suspended = user.getStatus() == UserStatus.SUSPENDED;
    this.passwordHash = user.getPasswordHash();
  }

  @Override
  public UUID id() {
    return id;
  }

  @Override
  public String email() {
    return email;
  }

  @Override
  public String displayName() {
    return displayName;
  }

  @Override
  public String role() {
    return role;
  }

  @Override
  public boolean emailVerified() {
    return emailVerified;
  }

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    return List.of(new SimpleGrantedAuthority("ROLE_" + role));
  }

  @Override
  public @Nullable String getPassword() {
    return passwordHash;
  }

  @Override
  public String getUsername() {
    return email;
  }

  @Override
  public boolean isAccountNonLocked() {
    return !suspended;
  }

  @Override
  public void eraseCredentials() {
    passwordHash = null;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof OtopairUserDetails that && id.equals(that.id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  @Override
  public String toString() {
    return "OtopairUserDetails[" + email + ", " + role + "]";
  }
}
