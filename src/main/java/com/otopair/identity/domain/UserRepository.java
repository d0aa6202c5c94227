package com.otopair.identity.domain;

import com.otopair.identity.UserStatus;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface UserRepository extends JpaRepository<User, UUID>, JpaSpecificationExecutor<User> {

  Optional<User> findByEmail(String email);

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
}
