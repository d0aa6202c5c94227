package com.otopair.reviews;

import com.otopair.reviews.domain.Review;
import com.otopair.reviews.domain.ReviewRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the ratings of a review's shop and mechanic in step with it: a review counts while it is
 * visible. Call it in the transaction that changes the review, with the review's row locked (or
 * just inserted): count it out with its old stars before an edit or hiding, in with its new ones
 * after. Either way the shop's and the mechanic's open ratings hear of it ({@link RatingChanged}).
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class ReviewCounts {

  private final ReviewRepository reviews;
  private final ApplicationEventPublisher events;

  ReviewCounts(ReviewRepository reviews, ApplicationEventPublisher events) {
    this.reviews = reviews;
    this.events = events;
  }

  void countIn(Review review) {
    reviews.countIn(Ratings.SHOP, review.getShopId(), review.getStars(), review.isRecommend());
    var mechanic = review.getMechanicId();
    if (mechanic != null) {
      reviews.countIn(Ratings.MECHANIC, mechanic, review.getStars(), review.isRecommend());
    }
    events.publishEvent(new RatingChanged(review.getShopId(), mechanic));
  }

  void countOut(Review review) {
    reviews.countOut(Ratings.SHOP, review.getShopId(), review.getStars(), review.isRecommend());
    var mechanic = review.getMechanicId();
    if (mechanic != null) {
      reviews.countOut(Ratings.MECHANIC, mechanic, review.getStars(), review.isRecommend());
    }
    events.publishEvent(new RatingChanged(review.getShopId(), mechanic));
  }
}
