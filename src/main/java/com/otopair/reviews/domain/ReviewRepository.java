package com.otopair.reviews.domain;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ReviewRepository extends JpaRepository<Review, UUID> {

  Optional<Review> findByBookingId(UUID bookingId);

  Optional<Review> findBySessionId(UUID sessionId);

  /** The review of a booking, its row locked until the transaction ends: its author's edits. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select r from Review r where r.bookingId = :bookingId")
  Optional<Review> lockByBookingId(@Param("bookingId") UUID bookingId);

  /** The review of a live session, its row locked until the transaction ends. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select r from Review r where r.sessionId = :sessionId")
  Optional<Review> lockBySessionId(@Param("sessionId") UUID sessionId);

  /** A shop's visible reviews, a page at a time (the partial index on shop and time). */
  Slice<Review> findByShopIdAndHiddenAtIsNull(UUID shopId, Pageable page);

  /** A mechanic's visible reviews, a page at a time (the partial index on mechanic and time). */
  Slice<Review> findByMechanicIdAndHiddenAtIsNull(UUID mechanicId, Pageable page);

  /** A mechanic's latest visible reviews that say something in words, newest first. */
  @Query(
      "select r from Review r where r.mechanicId = :mechanicId and r.hiddenAt is null"
          + " and length(trim(r.body)) > 0 order by r.postedAt desc, r.id desc")
  List<Review> latestWordsOfMechanic(@Param("mechanicId") UUID mechanicId, Pageable page);

  /**
   * The review, its row locked until the transaction ends: edits, replies and hiding go through
   * here.
   */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select r from Review r where r.id = :id")
  Optional<Review> lockById(@Param("id") UUID id);

  /** One more (sign 1) or one fewer (sign -1) "helpful" mark, relative to what is stored now. */
  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query(
      value = "update reviews set helpful_count = helpful_count + :sign where id = :id",
      nativeQuery = true)
  int addHelpful(@Param("id") UUID id, @Param("sign") int sign);

  /**
   * Counts one visible review into a subject's reputation, relative to what is stored now, so
   * concurrent reviews of one shop never lose a count.
   */
  @Modifying(flushAutomatically = true)
  @Query(
      value =
          "insert into review_stats as s (subject_kind, subject_id, review_count, star_sum,"
              + " stars_1, stars_2, stars_3, stars_4, stars_5, recommend_count)"
              + " values (:kind, :subject, 1, :stars,"
              + " case when :stars = 1 then 1 else 0 end,"
              + " case when :stars = 2 then 1 else 0 end,"
              + " case when :stars = 3 then 1 else 0 end,"
              + " case when :stars = 4 then 1 else 0 end,"
              + " case when :stars = 5 then 1 else 0 end,"
              + " case when :recommend then 1 else 0 end)"
              + " on conflict (subject_kind, subject_id) do update set"
              + " review_count = s.review_count + 1,"
              + " star_sum = s.star_sum + excluded.star_sum,"
              + " stars_1 = s.stars_1 + excluded.stars_1,"
              + " stars_2 = s.stars_2 + excluded.stars_2,"
              + " stars_3 = s.stars_3 + excluded.stars_3,"
              + " stars_4 = s.stars_4 + excluded.stars_4,"
              + " stars_5 = s.stars_5 + excluded.stars_5,"
              + " recommend_count = s.recommend_count + excluded.recommend_count",
      nativeQuery = true)
  int countIn(
      @Param("kind") String kind,
      @Param("subject") UUID subject,
      @Param("stars") int stars,
      @Param("recommend") boolean recommend);

  /**
   * Counts one review that was counted in out again (an edit's old stars, a hidden review):
   * relative, like {@link #countIn}; the table's checks refuse a count below zero.
   */
  @Modifying(flushAutomatically = true)
  @Query(
      value =
          "update review_stats set review_count = review_count - 1,"
              + " star_sum = star_sum - :stars,"
              + " stars_1 = stars_1 - case when :stars = 1 then 1 else 0 end,"
              + " stars_2 = stars_2 - case when :stars = 2 then 1 else 0 end,"
              + " stars_3 = stars_3 - case when :stars = 3 then 1 else 0 end,"
              + " stars_4 = stars_4 - case when :stars = 4 then 1 else 0 end,"
              + " stars_5 = stars_5 - case when :stars = 5 then 1 else 0 end,"
              + " recommend_count = recommend_count - case when :recommend then 1 else 0 end"
              + " where subject_kind = :kind and subject_id = :subject",
      nativeQuery = true)
  int countOut(
      @Param("kind") String kind,
      @Param("subject") UUID subject,
      @Param("stars") int stars,
      @Param("recommend") boolean recommend);

  /** A row of review_stats. */
  interface StatRow {
    UUID getSubjectId();

    int getReviewCount();

    int getStarSum();

    int getStars1();

    int getStars2();

    int getStars3();

    int getStars4();

    int getStars5();

    int getRecommendCount();
  }

  @Query(
      value =
          "select subject_id as subjectId, review_count as reviewCount, star_sum as starSum,"
              + " stars_1 as stars1, stars_2 as stars2, stars_3 as stars3, stars_4 as stars4,"
              + " stars_5 as stars5, recommend_count as recommendCount"
              + " from review_stats where subject_kind = :kind and subject_id in (:subjects)"
              + " and review_count > 0",
      nativeQuery = true)
  List<StatRow> stats(@Param("kind") String kind, @Param("subjects") Collection<UUID> subjects);
}
