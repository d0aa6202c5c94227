package com.otopair.reviews;

import com.otopair.base.ConflictException;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.NotFoundException;
import com.otopair.reviews.domain.Review;
import com.otopair.reviews.domain.ReviewRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Posting and editing a review, once its caller knows who may (the signed-in customer, or the
 * holder of the visit's signed link). One review per visit: the database's unique keys decide a
 * race, and the loser hears it already exists. Its author may change it for 30 days after posting
 * (an instant plus 30 days, whatever the zones). The shop's and mechanic's counts follow in the
 * same transaction.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class ReviewWriting {

  static final Duration EDITABLE = Duration.ofDays(30);

  private final ReviewRepository reviews;
  private final ReviewCounts counts;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  ReviewWriting(
      ReviewRepository reviews,
      ReviewCounts counts,
      Clock clock,
      ApplicationEventPublisher events) {
    this.reviews = reviews;
    this.counts = counts;
    this.clock = clock;
    this.events = events;
  }

  VisitReview show(Visits.Facts visit) {
    return new VisitReview(
        visit.visit(),
        visit.shopId(),
        visit.shopName(),
        visit.shopSlug(),
        visit.serviceName(),
        visit.servedAt(),
        visit.zone(),
        visit.done(),
        find(visit.visit()).map(this::own).orElse(null));
  }

  OwnReview post(Visits.Facts visit, ReviewDraft draft) {
    return post(visit, draft, clock.instant());
  }

  /** Posts the visit's review as written at {@code now} (the demo's history writes it earlier). */
  OwnReview post(Visits.Facts visit, ReviewDraft draft, Instant now) {
    if (!visit.done()) {
      throw new InvalidRequestException(null, "reviews.visit.not-done");
    }
    ReviewRules.require(draft);
    if (find(visit.visit()).isPresent()) {
      throw new ConflictException("reviews.review.already");
    }
    boolean booking = visit.visit().kind() == Visit.Kind.BOOKING;
    var review =
        new Review(
            visit.shopId(),
            visit.mechanicId(),
            booking ? visit.visit().id() : null,
            booking ? null : visit.visit().id(),
            visit.customerId(),
            Visits.displayName(visit.customerName()),
            visit.serviceName(),
            visit.servedAt(),
            Objects.requireNonNull(draft.stars()),
            draft.text(),
            Objects.requireNonNull(draft.recommend()),
            now);
    try {
      reviews.saveAndFlush(review);
    } catch (DataIntegrityViolationException lostTheRace) {
      throw new ConflictException("reviews.review.already");
    }
    counts.countIn(review);
    events.publishEvent(
        new ReviewPosted(
            review.getId(),
            review.getShopId(),
            review.getMechanicId(),
            review.getCustomerId(),
            review.getBookingId(),
            review.getSessionId(),
            review.getStars(),
            review.isRecommend(),
            now));
    return own(review);
  }

  OwnReview edit(Visits.Facts visit, ReviewDraft draft) {
    ReviewRules.require(draft);
    Review review =
        lock(visit.visit()).orElseThrow(() -> new NotFoundException("reviews.review.not-found"));
    Instant now = clock.instant();
    if (!now.isBefore(editableUntil(review))) {
      throw new InvalidRequestException(null, "reviews.review.locked");
    }
    boolean counted = !review.isHidden();
    int before = review.getStars();
    if (counted) {
      counts.countOut(review);
    }
    review.revise(
        Objects.requireNonNull(draft.stars()),
        draft.text(),
        Objects.requireNonNull(draft.recommend()),
        now);
    if (counted) {
      counts.countIn(review);
    }
    events.publishEvent(
        new ReviewEdited(
            review.getId(),
            review.getShopId(),
            review.getMechanicId(),
            review.getCustomerId(),
            before,
            review.getStars(),
            review.isRecommend(),
            now));
    return own(review);
  }

  private Optional<Review> find(Visit visit) {
    return switch (visit.kind()) {
      case BOOKING -> reviews.findByBookingId(visit.id());
      case SESSION -> reviews.findBySessionId(visit.id());
    };
  }

  private Optional<Review> lock(Visit visit) {
    return switch (visit.kind()) {
      case BOOKING -> reviews.lockByBookingId(visit.id());
      case SESSION -> reviews.lockBySessionId(visit.id());
    };
  }

  private static Instant editableUntil(Review review) {
    return review.getPostedAt().plus(EDITABLE);
  }

  private OwnReview own(Review review) {
    Instant until = editableUntil(review);
    @Nullable String hidden = review.getHiddenReason();
    return new OwnReview(
        review.getId(),
        review.getStars(),
        review.getBody(),
        review.isRecommend(),
        review.getPostedAt(),
        review.getEditedAt(),
        until,
        clock.instant().isBefore(until),
        hidden);
  }
}
