package com.otopair.crm;

import com.otopair.base.StatRange;
import com.otopair.booking.BookingStats;
import com.otopair.booking.BookingStats.Counts;
import com.otopair.consult.SessionStats;
import com.otopair.identity.UserContact;
import com.otopair.identity.UserContacts;
import com.otopair.jobs.JobStats;
import com.otopair.jobs.JobStats.MechanicWork;
import com.otopair.payments.RevenueStats;
import com.otopair.payments.RevenueStats.Revenue;
import com.otopair.reviews.RatingStats;
import com.otopair.shops.OfferingCategory;
import com.otopair.shops.ShopMembership;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The analytics pages' figures, read in one transaction from the modules' own stats (each
 * aggregated in SQL and tenant-checked there): one shop's for its owner, the marketplace's ({@code
 * shopId} null) for admins, always in one currency.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class Analytics {

  /** How many shops and mechanics the marketplace's tables list. */
  public static final int TOP = 20;

  private final BookingStats bookings;
  private final RevenueStats revenue;
  private final JobStats jobs;
  private final RatingStats ratings;
  private final SessionStats sessions;
  private final ShopMembership shops;
  private final UserContacts users;

  Analytics(
      BookingStats bookings,
      RevenueStats revenue,
      JobStats jobs,
      RatingStats ratings,
      SessionStats sessions,
      ShopMembership shops,
      UserContacts users) {
    this.bookings = bookings;
    this.revenue = revenue;
    this.jobs = jobs;
    this.ratings = ratings;
    this.sessions = sessions;
    this.shops = shops;
    this.users = users;
  }

  /** One period: its bookings and the money taken in it. */
  public record PeriodRow(LocalDate period, Counts counts, Revenue revenue) {}

  public record CategoryRow(OfferingCategory category, Counts counts) {}

  public record ShopRow(UUID shopId, String name, Counts counts, Revenue revenue) {}

  /** A mechanic's performance; rating and response time are null when there is nothing to say. */
  public record MechanicRow(
      UUID mechanicId,
      String name,
      long completed,
      long bookedMinutes,
      long billedMinor,
      long timed,
      long onTime,
      @Nullable Double rating,
      long reviews,
      @Nullable Duration response,
      long sessions) {}

  /** Everything a page shows for one choice of range and currency. */
  public record Report(
      String currency,
      StatRange range,
      List<PeriodRow> periods,
      List<CategoryRow> categories,
      List<ShopRow> shops,
      List<MechanicRow> mechanics) {

    public boolean isEmpty() {
      return periods.stream().allMatch(p -> p.counts().booked() == 0 && p.revenue().payments() == 0)
          && mechanics.stream().allMatch(m -> m.completed() == 0 && m.sessions() == 0);
    }
  }

  public Report report(@Nullable UUID shopId, String currency, StatRange range) {
    var counted = bookings.byPeriod(shopId, currency, range);
    Map<LocalDate, Revenue> taken =
        revenue.byPeriod(shopId, currency, range).stream()
            .collect(Collectors.toMap(RevenueStats.Period::period, RevenueStats.Period::revenue));
    List<PeriodRow> periods =
        counted.stream()
            .map(
                p ->
                    new PeriodRow(
                        p.period(), p.counts(), taken.getOrDefault(p.period(), Revenue.NONE)))
            .toList();
    List<CategoryRow> categories =
        bookings.byCategory(shopId, currency, range).stream()
            .map(c -> new CategoryRow(c.category(), c.counts()))
            .toList();
    return new Report(
        currency,
        range,
        periods,
        categories,
        shopId == null ? topShops(currency, range) : List.of(),
        mechanics(shopId, currency, range));
  }

  private List<ShopRow> topShops(String currency, StatRange range) {
    var top = bookings.topShops(currency, range, TOP);
    Map<UUID, Revenue> money =
        revenue.byShop(top.stream().map(BookingStats.ShopCounts::shopId).toList(), currency, range);
    return top.stream()
        .map(
            s ->
                new ShopRow(
                    s.shopId(),
                    s.shopName(),
                    s.counts(),
                    money.getOrDefault(s.shopId(), Revenue.NONE)))
        .toList();
  }

  private List<MechanicRow> mechanics(@Nullable UUID shopId, String currency, StatRange range) {
    Map<UUID, MechanicWork> work = new LinkedHashMap<>();
    jobs.byMechanic(shopId, currency, range, shopId == null ? TOP : 500)
        .forEach(w -> work.put(w.mechanicId(), w));
    if (shopId != null) {
      shops
          .mechanicsOf(shopId)
          .forEach(m -> work.putIfAbsent(m, new MechanicWork(m, 0, 0, 0, 0, 0)));
    }
    var ids = new ArrayList<>(work.keySet());
    var stars = ratings.byMechanic(shopId, ids, range);
    var responses = sessions.byMechanic(shopId, ids, range);
    Map<UUID, String> names =
        users.findAll(ids).stream()
            .collect(Collectors.toMap(UserContact::id, UserContact::name, (a, b) -> a));
    return work.values().stream()
        .map(
            w -> {
              var rated = stars.get(w.mechanicId());
              var answered = responses.get(w.mechanicId());
              return new MechanicRow(
                  w.mechanicId(),
                  names.getOrDefault(w.mechanicId(), ""),
                  w.completed(),
                  w.bookedMinutes(),
                  w.billedMinor(),
                  w.timed(),
                  w.onTime(),
                  rated == null ? null : rated.average(),
                  rated == null ? 0 : rated.reviews(),
                  answered == null ? null : answered.median(),
                  answered == null ? 0 : answered.sessions());
            })
        .toList();
  }
}
