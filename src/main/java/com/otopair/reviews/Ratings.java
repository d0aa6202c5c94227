package com.otopair.reviews;

import com.otopair.base.Reputation;
import com.otopair.reviews.domain.ReviewRepository;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ratings of shops and mechanics, read from the counts their visible reviews keep ({@code
 * review_stats}): one indexed read however many shops a search shows.
 */
@Service
@Transactional(readOnly = true)
public class Ratings implements Reputation {

  static final String SHOP = "SHOP";
  static final String MECHANIC = "MECHANIC";

  private final ReviewRepository reviews;

  Ratings(ReviewRepository reviews) {
    this.reviews = reviews;
  }

  @Override
  public Map<UUID, Rating> shops(Collection<UUID> shopIds) {
    return read(SHOP, shopIds);
  }

  @Override
  public Map<UUID, Rating> mechanics(Collection<UUID> mechanicIds) {
    return read(MECHANIC, mechanicIds);
  }

  private Map<UUID, Rating> read(String kind, Collection<UUID> subjects) {
    if (subjects.isEmpty()) {
      return Map.of();
    }
    return reviews.stats(kind, subjects).stream()
        .collect(
            Collectors.toMap(
                ReviewRepository.StatRow::getSubjectId,
                row -> new Rating(row.getReviewCount(), row.getStarSum())));
  }
}
