package com.otopair.reviews;

import com.otopair.base.CurrentUser;
import com.otopair.reviews.domain.Review;
import com.otopair.reviews.domain.ReviewRepository;
import com.otopair.shops.ShopMembership;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where the reader stands with reviews, for their cards' actions: how many found each helpful,
 * whether the reader did, wrote it, or owns its shop (and may answer it). Anyone may read it, a
 * visitor too; a hidden review is shown to its author and its shop's owners only, with why.
 */
@Service
@Transactional(readOnly = true)
public class ReviewStandings {

  /**
   * One review as its reader stands with it. {@code hiddenReason} is set only for a hidden review's
   * author and shop owners (nobody else gets a hidden review's standing).
   */
  public record Standing(
      UUID reviewId,
      UUID shopId,
      int helpfulCount,
      boolean signedIn,
      boolean author,
      boolean markedHelpful,
      boolean owner,
      @Nullable String reply,
      @Nullable String hiddenReason) {

    /** Whether the reader may mark it helpful: signed in, not its author. */
    public boolean mayMarkHelpful() {
      return signedIn && !author && hiddenReason == null;
    }

    /** Whether the reader may report it: signed in, not its author (its shop's owner may). */
    public boolean mayReport() {
      return signedIn && !author && hiddenReason == null;
    }

    /** Whether the reader may answer it (or edit the answer): its shop's owner. */
    public boolean mayAnswer() {
      return owner && hiddenReason == null;
    }
  }

  private final ReviewRepository reviews;
  private final ShopMembership shops;
  private final JdbcTemplate jdbc;

  ReviewStandings(ReviewRepository reviews, ShopMembership shops, JdbcTemplate jdbc) {
    this.reviews = reviews;
    this.shops = shops;
    this.jdbc = jdbc;
  }

  /** The reader's standing with a review the public list shows (so visible). */
  public Standing of(PublishedReview review) {
    @Nullable UUID me = CurrentUser.get().map(u -> u.id()).orElse(null);
    boolean marked =
        me != null
            && Boolean.TRUE.equals(
                jdbc.queryForObject(
                    "select exists (select 1 from review_votes where review_id = ? and user_id = ?)",
                    Boolean.class,
                    review.id(),
                    me));
    return new Standing(
        review.id(),
        review.shopId(),
        review.helpfulCount(),
        me != null,
        review.customerId().equals(me),
        marked,
        me != null && shops.isOwner(review.shopId(), me),
        review.reply(),
        null);
  }

  /** The reader's standing with one review; empty for a review they can't see. */
  public Optional<Standing> of(UUID reviewId) {
    return Optional.ofNullable(of(List.of(reviewId)).get(reviewId));
  }

  /**
   * The reader's standing with each of these reviews they can see (a page of cards: three reads
   * whatever its size).
   */
  public Map<UUID, Standing> of(Collection<UUID> reviewIds) {
    if (reviewIds.isEmpty()) {
      return Map.of();
    }
    List<Review> found = reviews.findAllById(reviewIds);
    @Nullable UUID me = CurrentUser.get().map(u -> u.id()).orElse(null);
    Set<UUID> marked = new HashSet<>();
    Map<UUID, Boolean> owns = new HashMap<>();
    if (me != null) {
      marked.addAll(
          jdbc.queryForList(
              "select review_id from review_votes where user_id = ? and review_id = any (?)",
              UUID.class,
              me,
              reviewIds.toArray(UUID[]::new)));
    }
    return found.stream()
        .map(
            review -> {
              boolean author = review.getCustomerId().equals(me);
              boolean owner =
                  me != null
                      && owns.computeIfAbsent(review.getShopId(), shop -> shops.isOwner(shop, me));
              if (review.isHidden() && !author && !owner) {
                return null;
              }
              return new Standing(
                  review.getId(),
                  review.getShopId(),
                  review.getHelpfulCount(),
                  me != null,
                  author,
                  marked.contains(review.getId()),
                  owner,
                  review.getReply(),
                  review.getHiddenReason());
            })
        .filter(Objects::nonNull)
        .collect(Collectors.toMap(Standing::reviewId, Function.identity()));
  }
}
