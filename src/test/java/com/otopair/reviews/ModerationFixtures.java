package com.otopair.reviews;

import com.otopair.booking.BookingFixtures;
import com.otopair.booking.BookingProvisioning;
import com.otopair.booking.VehicleDetails;
import com.otopair.identity.UserProvisioning;
import com.otopair.reviews.domain.Review;
import com.otopair.reviews.domain.ReviewRepository;
import com.otopair.scheduling.ScheduleProvisioning;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.TestDays;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reviews of completed bookings of a fresh {@link BookingFixtures} shop, posted as the reviews
 * module posts them: the row and its counts in one transaction.
 */
@Component
public class ModerationFixtures {

  /** A shop, its owner and one of its mechanics. */
  public record Shop(BookingFixtures fixture, UUID shopId, String ownerEmail, UUID mechanicId) {}

  /** A posted review and its author. */
  public record Posted(UUID reviewId, String authorEmail, UUID authorId) {}

  private final UserProvisioning users;
  private final ShopProvisioning shops;
  private final ShopMembership membership;
  private final ScheduleProvisioning schedules;
  private final BookingProvisioning bookings;
  private final ReviewRepository reviews;
  private final ReviewCounts counts;
  private final TransactionTemplate transactions;
  private final JdbcTemplate jdbc;
  private final Clock clock;

  ModerationFixtures(
      UserProvisioning users,
      ShopProvisioning shops,
      ShopMembership membership,
      ScheduleProvisioning schedules,
      BookingProvisioning bookings,
      ReviewRepository reviews,
      ReviewCounts counts,
      TransactionTemplate transactions,
      JdbcTemplate jdbc,
      Clock clock) {
    this.users = users;
    this.shops = shops;
    this.membership = membership;
    this.schedules = schedules;
    this.bookings = bookings;
    this.reviews = reviews;
    this.counts = counts;
    this.transactions = transactions;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public Shop shop() {
    var fixture = BookingFixtures.create(users, shops, membership, schedules);
    return new Shop(
        fixture, fixture.shop().shopId(), fixture.shop().ownerEmail(), fixture.shop().alex());
  }

  /** A new customer's completed booking at the shop, reviewed with these stars and words. */
  public synchronized Posted review(Shop shop, int stars, String body) {
    String email = BookingFixtures.customers(users, 1).getFirst();
    UUID customer = users.findByEmail(email).orElseThrow();
    // The same slot each time: a completed booking no longer holds it.
    LocalDate monday = TestDays.nextMonday(clock, ZoneId.of("America/Toronto"));
    UUID booking =
        bookings
            .book(
                customer,
                shop.shopId(),
                0,
                monday,
                new VehicleDetails(null, 2019, "Toyota", "Corolla", null, "abc 123"),
                "Oil light on")
            .orElseThrow();
    jdbc.update("update bookings set status = 'COMPLETED' where id = ?", booking);
    Instant now = clock.instant();
    UUID id =
        transactions.execute(
            tx -> {
              Review review =
                  reviews.saveAndFlush(
                      new Review(
                          shop.shopId(),
                          shop.mechanicId(),
                          booking,
                          null,
                          customer,
                          "Casey C.",
                          "Oil change",
                          now,
                          stars,
                          body,
                          stars >= 4,
                          now));
              counts.countIn(review);
              return review.getId();
            });
    return new Posted(id, email, customer);
  }

  /** The shop's count and star sum as review_stats keeps them, and as a recount finds them. */
  public int[] statsAndRecount(UUID shopId) {
    int[] kept =
        jdbc.query(
            "select review_count, star_sum from review_stats where subject_kind = 'SHOP'"
                + " and subject_id = ?",
            rs -> rs.next() ? new int[] {rs.getInt(1), rs.getInt(2)} : new int[] {0, 0},
            shopId);
    int[] recount =
        jdbc.queryForObject(
            "select count(*), coalesce(sum(stars), 0) from reviews where shop_id = ?"
                + " and hidden_at is null",
            (rs, i) -> new int[] {rs.getInt(1), rs.getInt(2)},
            shopId);
    return new int[] {kept[0], kept[1], recount[0], recount[1]};
  }
}
