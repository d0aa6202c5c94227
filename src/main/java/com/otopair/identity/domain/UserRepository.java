package com.otopair.identity.domain;

import com.otopair.identity.UserContact;
import com.otopair.identity.UserStatus;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface UserRepository extends JpaRepository<User, UUID>, JpaSpecificationExecutor<User> {

  Optional<User> findByEmail(String email);

  /** Names and addresses only, without loading (and later checking) whole users. */
  @Query(
      "select new com.otopair.identity.UserContact(u.id, u.displayName, u.email) from User u"
          + " where u.id in :ids")
  List<UserContact> contactsOf(Collection<UUID> ids);

  /**
   * The same for two people (a booking's customer and mechanic): a query of fixed shape, whose
   * translation Hibernate keeps, where a list parameter makes it translate the query anew.
   */
  @Query(
      "select new com.otopair.identity.UserContact(u.id, u.displayName, u.email) from User u"
          + " where u.id = :one or u.id = :other")
  List<UserContact> contactsOf(UUID one, UUID other);

  /** Whether the user has confirmed their address, read without loading the whole user. */
  @Query(
      "select case when u.emailVerifiedAt is not null then true else false end from User u"
          + " where u.id = :id")
  Optional<Boolean> emailVerifiedOf(UUID id);

  /** The account's language tag ("en", "fr"), read without loading the whole user. */
  @Query("select u.language from User u where u.id = :id")
  Optional<String> languageOf(UUID id);

  /** The same by the account's (normalized) email. */
  @Query("select u.language from User u where u.email = :email")
  Optional<String> languageOfEmail(String email);

  boolean existsByEmail(String email);

  List<User> findByRoleAndStatusOrderByCreatedAt(String role, UserStatus status);

  /**
   * Users whose phone ends with these (ten) digits, however it was typed: "(514) 555-0100" and "+1
   * 514 555 0100" are the same number.
   */
  @Query(
      value =
          "select * from users where phone is not null"
              + " and right(regexp_replace(phone, '[^0-9]', '', 'g'), 10) = :digits",
      nativeQuery = true)
  List<User> findByPhoneDigits(String digits);

  /**
   * Notes a sign-in in one statement that leaves the row's version alone: two sign-ins of one
   * account at once, or a change of the account while it signs in, never fail each other (the
   * entity never writes this column, so a change made meanwhile does not put the old time back).
   */
  @Modifying
  @Query(value = "update users set last_login_at = :at where id = :id", nativeQuery = true)
  int recordLogin(UUID id, Instant at);

  /**
   * Anonymizes an account once: its name, email, phone and password go, in one conditional update
   * ({@code users_deleted_anonymous} says what a deleted row looks like). 0 when it was already
   * deleted, also by a request that committed while this one waited for the row.
   */
  @Modifying(clearAutomatically = true, flushAutomatically = true)
  @Query(
      value =
          "update users set deleted_at = :now, display_name = 'Deleted customer', phone = null,"
              + " email = 'deleted-' || id || '@deleted.invalid', password_hash = :passwordHash,"
              + " email_verified_at = null, version = version + 1"
              + " where id = :id and deleted_at is null",
      nativeQuery = true)
  int anonymize(UUID id, String passwordHash, Instant now);
}
