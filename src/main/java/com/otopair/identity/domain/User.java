package com.otopair.identity.domain;

import com.otopair.base.AbstractEntity;
import com.otopair.base.I18n;
import com.otopair.identity.UserStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** A person with an Otopair account. The email is stored lower-cased and is unique. */
@Entity
@Table(name = "users")
public class User extends AbstractEntity {

  @Column(name = "email", nullable = false, length = 254)
  private String email;

  @Column(name = "display_name", nullable = false, length = 120)
  private String displayName;

  @Column(name = "phone", length = 32)
  private @Nullable String phone;

  @Column(name = "password_hash", nullable = false, length = 200)
  private String passwordHash;

  @Column(name = "role", nullable = false, length = 20)
  private String role;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private UserStatus status = UserStatus.ACTIVE;

  @Column(name = "email_verified_at")
  private @Nullable Instant emailVerifiedAt;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  /** Written only by {@link UserRepository#recordLogin}, never with the rest of the row. */
  @Column(name = "last_login_at", insertable = false, updatable = false)
  private @Nullable Instant lastLoginAt;

  /** "en" or "fr": the language of the account's pages and of every mail sent to it. */
  @Column(name = "language", nullable = false, length = 2)
  private String language = "en";

  /** When the account was deleted (anonymized); set only by {@link UserRepository#anonymize}. */
  @Column(name = "deleted_at", insertable = false, updatable = false)
  private @Nullable Instant deletedAt;

  /** Lower-cased name and email, computed by the database and indexed for substring search. */
  @Column(name = "search_text", insertable = false, updatable = false)
  private @Nullable String searchText;

  protected User() {
    this.email = "";
    this.displayName = "";
    this.passwordHash = "";
    this.role = "";
    this.createdAt = Instant.EPOCH;
  }

  public User(String email, String displayName, String passwordHash, String role, Instant now) {
    this.email = normalizeEmail(email);
    this.displayName = displayName.trim();
    this.passwordHash = passwordHash;
    this.role = role;
    this.createdAt = now;
  }

  /** Emails compare without case and surrounding blanks. */
  public static String normalizeEmail(String email) {
    return email.trim().toLowerCase(Locale.ROOT);
  }

  public boolean isDeleted() {
    return deletedAt != null;
  }

  public String getEmail() {
    return email;
  }

  public void changeEmail(String newEmail, Instant now) {
    this.email = normalizeEmail(newEmail);
    this.emailVerifiedAt = now;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName.trim();
  }

  public @Nullable String getPhone() {
    return phone;
  }

  public void setPhone(@Nullable String phone) {
    this.phone = phone == null || phone.isBlank() ? null : phone.trim();
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public void setPasswordHash(String passwordHash) {
    this.passwordHash = passwordHash;
  }

  public String getRole() {
    return role;
  }

  public void setRole(String role) {
    this.role = role;
  }

  public UserStatus getStatus() {
    return status;
  }

  public void setStatus(UserStatus status) {
    this.status = status;
  }

  public boolean isEmailVerified() {
    return emailVerifiedAt != null;
  }

  public @Nullable Instant getEmailVerifiedAt() {
    return emailVerifiedAt;
  }

  public void markEmailVerified(Instant now) {
    if (emailVerifiedAt == null) {
      emailVerifiedAt = now;
    }
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public @Nullable Instant getLastLoginAt() {
    return lastLoginAt;
  }

  public Locale getLanguage() {
    return I18n.ofTag(language);
  }

  public void setLanguage(Locale locale) {
    this.language = I18n.tag(locale);
  }
}
