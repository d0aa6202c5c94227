package com.otopair.reviews;

import com.otopair.reviews.domain.Review;
import com.otopair.reviews.domain.ReviewRepository;
import com.otopair.shops.ShopMembership;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public side of reviews, for anyone reading a shop's or a mechanic's page: their numbers (from
 * the counts their visible reviews keep) and their visible reviews, newest or most helpful first,
 * ten at a time. Hidden reviews never appear.
 */
@Service
@Transactional(readOnly = true)
public class ReviewQueries {

  public static final int PAGE_SIZE = 10;

  private final ReviewRepository reviews;
  private final ShopMembership shops;

  ReviewQueries(ReviewRepository reviews, ShopMembership shops) {
    this.reviews = reviews;
    this.shops = shops;
  }

  public ReviewSummary summary(RatedSubject subject, UUID id) {
    return reviews.stats(subject.name(), List.of(id)).stream()
        .findFirst()
        .map(
            row ->
                new ReviewSummary(
                    row.getReviewCount(),
                    row.getStarSum(),
                    List.of(
                        row.getStars1(),
                        row.getStars2(),
                        row.getStars3(),
                        row.getStars4(),
                        row.getStars5()),
                    row.getRecommendCount()))
        .orElse(ReviewSummary.NONE);
  }

  /** A mechanic's latest visible review that has words (stars alone say nothing to quote). */
  public Optional<PublishedReview> latestWordsOfMechanic(UUID mechanicId) {
    return reviews.latestWordsOfMechanic(mechanicId, PageRequest.of(0, 1)).stream()
        .findFirst()
        .map(r -> published(r, shops.ref(r.getShopId()).name(), shops.zoneOf(r.getShopId())));
  }

  /** Page {@code page} (from 0) of the subject's visible reviews in this order. */
  public ReviewPage page(RatedSubject subject, UUID id, ReviewSort sort, int page) {
    var request = PageRequest.of(Math.max(0, page), PAGE_SIZE, order(sort));
    Slice<Review> found =
        switch (subject) {
          case SHOP -> reviews.findByShopIdAndHiddenAtIsNull(id, request);
          case MECHANIC -> reviews.findByMechanicIdAndHiddenAtIsNull(id, request);
        };
    Map<UUID, ShopMembership.ShopRef> names = new HashMap<>();
    Map<UUID, ZoneId> zones = new HashMap<>();
    List<PublishedReview> shown =
        found.stream()
            .map(
                r ->
                    published(
                        r,
                        names.computeIfAbsent(r.getShopId(), shops::ref).name(),
                        zones.computeIfAbsent(r.getShopId(), shops::zoneOf)))
            .toList();
    return new ReviewPage(shown, found.hasNext());
  }

  private static Sort order(ReviewSort sort) {
    Sort newest = Sort.by(Sort.Order.desc("postedAt"), Sort.Order.desc("id"));
    return switch (sort) {
      case NEWEST -> newest;
      case MOST_HELPFUL -> Sort.by(Sort.Order.desc("helpfulCount")).and(newest);
    };
  }

  private static PublishedReview published(Review r, String shopName, ZoneId zone) {
    return new PublishedReview(
        r.getId(),
        r.getShopId(),
        shopName,
        r.getMechanicId(),
        r.getCustomerId(),
        r.getAuthorName(),
        r.getServiceName(),
        YearMonth.from(r.getServedAt().atZone(zone)),
        r.getStars(),
        r.getBody(),
        r.isRecommend(),
        r.getPostedAt(),
        r.getEditedAt() != null,
        r.getHelpfulCount(),
        r.getReply(),
        r.getRepliedAt());
  }
}
