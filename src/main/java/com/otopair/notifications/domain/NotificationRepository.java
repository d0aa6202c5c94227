package com.otopair.notifications.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface NotificationRepository extends JpaRepository<Notification, UUID> {

  @Query(
      nativeQuery = true,
      value =
          """
          select * from notifications where user_id = :userId
          order by created_at desc, id desc offset :offset limit :limit
          """)
  List<Notification> latest(
      @Param("userId") UUID userId, @Param("offset") int offset, @Param("limit") int limit);

  Optional<Notification> findByIdAndUserId(UUID id, UUID userId);

  long countByUserIdAndReadAtIsNull(UUID userId);

  @Modifying
  @Query("update Notification n set n.readAt = :now where n.userId = :userId and n.readAt is null")
  int markAllRead(@Param("userId") UUID userId, @Param("now") Instant now);

  /**
   * Adds a notification unless this user already has the one with this key (an event handled twice)
   * or no longer exists; answers how many rows it added.
   */
  @Modifying
  @Query(
      nativeQuery = true,
      value =
          """
          insert into notifications
              (id, version, user_id, kind, title, body, link, dedupe_key, created_at)
          select :id, 0, u.id, :kind, :title, :body, :link, :dedupeKey, :createdAt
            from users u where u.id = :userId
          on conflict (user_id, dedupe_key) do nothing
          """)
  int addOnce(
      @Param("id") UUID id,
      @Param("userId") UUID userId,
      @Param("kind") String kind,
      @Param("title") String title,
      @Param("body") String body,
      @Param("link") String link,
      @Param("dedupeKey") String dedupeKey,
      @Param("createdAt") Instant createdAt);
}
