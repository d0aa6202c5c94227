package com.otopair.booking.web;

import com.otopair.base.Money;
import com.otopair.base.Reputation;
import com.otopair.booking.BookingSource;
import com.otopair.booking.BookingStatus;
import com.otopair.booking.BookingSummary;
import com.otopair.booking.Quotes;
import com.otopair.booking.VehicleDetails;
import com.otopair.scheduling.Slot;
import com.otopair.shops.Offering;
import com.otopair.shops.OfferingCategory;
import com.otopair.shops.ShopDetails;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What the booking API reads and writes, as JSON. Times are UTC instants plus shop-local wall
 * times, each with its UTC offset beside it: where clocks fall back, one wall time happens twice,
 * and only the offset tells the two apart.
 */
final class ApiModels {

  private static final DateTimeFormatter OFFSET = DateTimeFormatter.ofPattern("xxx");

  private ApiModels() {}

  /** "-05:00": the shop's UTC offset at {@code at}, as ISO 8601 writes it. */
  static String offset(Instant at, ZoneId zone) {
    return OFFSET.format(at.atZone(zone));
  }

  @Schema(description = "An amount of money in minor units (cents) of its currency")
  record Price(
      @Schema(example = "12000") long minor,
      @Schema(example = "CAD") String currency,
      @Schema(example = "120.00") BigDecimal amount) {
    static Price of(Money money) {
      return new Price(money.minor(), money.currency(), money.amount());
    }
  }

  @Schema(
      description = "A free slot: when (UTC and the shop's wall time), with whom, at what price")
  record SlotView(
      Instant start,
      Instant end,
      @Schema(description = "The start in the shop's time zone", example = "2026-11-23T09:00")
          LocalDateTime localStart,
      @Schema(
              description =
                  """
                  The shop's UTC offset at the start: which of the two it is when the wall time \
                  happens twice as clocks fall back""",
              example = "-05:00")
          String startOffset,
      UUID mechanicId,
      Price price,
      @Schema(description = "Peak (above 1) or off-peak (below 1) multiplier of the base price")
          BigDecimal multiplier) {
    static SlotView of(Slot slot, ZoneId zone) {
      return new SlotView(
          slot.start(),
          slot.end(),
          LocalDateTime.ofInstant(slot.start(), zone),
          offset(slot.start(), zone),
          slot.mechanicId(),
          Price.of(slot.price()),
          slot.multiplier());
    }
  }

  record ServiceView(
      UUID id,
      String name,
      String description,
      OfferingCategory category,
      int durationMinutes,
      Price price) {
    static ServiceView of(Offering offering) {
      return new ServiceView(
          Objects.requireNonNull(offering.id()),
          offering.name(),
          offering.description(),
          offering.category(),
          offering.durationMinutes(),
          Price.of(offering.price()));
    }
  }

  record ShopView(
      String slug,
      String name,
      String street,
      String city,
      String region,
      String postalCode,
      String country,
      String phone,
      @Schema(example = "America/Toronto") String timeZone,
      double latitude,
      double longitude) {
    static ShopView of(ShopDetails shop) {
      return new ShopView(
          shop.slug(),
          shop.name(),
          shop.street(),
          shop.city(),
          shop.region(),
          shop.postalCode(),
          shop.country(),
          shop.phone(),
          shop.timeZone(),
          shop.latitude(),
          shop.longitude());
    }
  }

  record MechanicView(UUID id, String name) {}

  record ShopMenuView(ShopView shop, List<MechanicView> mechanics, List<ServiceView> services) {
    static ShopMenuView of(Quotes.ShopMenu menu) {
      return new ShopMenuView(
          ShopView.of(menu.shop()),
          menu.mechanics().stream().map(m -> new MechanicView(m.userId(), m.name())).toList(),
          menu.services().stream().map(ServiceView::of).toList());
    }
  }

  @Schema(description = "Where, what and when to quote. Give `where` or both coordinates.")
  record QuoteRequest(
      @Schema(description = "A city or a postal code", example = "Montreal") @Nullable String where,
      @Schema(example = "45.52")
          @DecimalMin(value = "-90", message = "{booking.api.latitude.range}")
          @DecimalMax(value = "90", message = "{booking.api.latitude.range}")
          @Nullable Double latitude,
      @Schema(example = "-73.58")
          @DecimalMin(value = "-180", message = "{booking.api.longitude.range}")
          @DecimalMax(value = "180", message = "{booking.api.longitude.range}")
          @Nullable Double longitude,
      @Schema(description = "Search radius in km, 1 to 200", defaultValue = "25")
          @Nullable Integer radiusKm,
      @Nullable OfferingCategory category,
      @Schema(description = "Earliest start (default: now)") @Nullable Instant earliest,
      @Schema(description = "Latest start (default: 14 days after the earliest; at most 31)")
          @Nullable Instant latest,
      @Schema(description = "At most this many shops, 1 to 50", defaultValue = "10")
          @Nullable Integer limit) {}

  record MechanicQuoteView(UUID id, String name, List<SlotView> nextSlots) {}

  @Schema(description = "What customers think of the shop: its visible reviews")
  record RatingView(
      @Schema(
              description = "The mean of the stars, 1 to 5, to one decimal; null with no review",
              example = "4.8")
          @Nullable Double average,
      @Schema(description = "How many reviews", example = "200") int count) {
    static RatingView of(Reputation.Rating rating) {
      return new RatingView(
          rating.rated() ? Math.round(rating.average() * 10) / 10.0 : null, rating.count());
    }
  }

  record ShopQuoteView(
      int rank,
      ShopView shop,
      double distanceKm,
      RatingView rating,
      ServiceView service,
      List<MechanicQuoteView> mechanics) {}

  record QuoteView(Instant earliest, Instant latest, List<ShopQuoteView> shops) {
    static QuoteView of(Quotes.Quote quote) {
      var shops = new ArrayList<ShopQuoteView>();
      for (Quotes.ShopQuote q : quote.shops()) {
        shops.add(
            new ShopQuoteView(
                shops.size() + 1,
                ShopView.of(q.shop()),
                Math.round(q.distanceKm() * 10) / 10.0,
                RatingView.of(q.rating()),
                ServiceView.of(q.service()),
                q.mechanics().stream()
                    .map(
                        m ->
                            new MechanicQuoteView(
                                m.mechanicId(),
                                m.name(),
                                m.nextSlots().stream().map(s -> SlotView.of(s, q.zone())).toList()))
                    .toList()));
      }
      return new QuoteView(quote.earliest(), quote.latest(), shops);
    }
  }

  record SlotsView(
      String shop,
      String timeZone,
      LocalDate from,
      LocalDate to,
      ServiceView service,
      List<SlotView> slots) {
    static SlotsView of(Quotes.ShopSlots slots) {
      return new SlotsView(
          slots.shop().slug(),
          slots.zone().getId(),
          slots.from(),
          slots.to(),
          ServiceView.of(slots.service()),
          slots.slots().stream().map(s -> SlotView.of(s, slots.zone())).toList());
    }
  }

  @Schema(description = "Hold a slot for 10 minutes at its current price")
  record HoldRequest(
      @Schema(description = "The shop's slug", example = "garage-du-plateau")
          @NotNull(message = "{booking.api.shop.required}")
          @Nullable String shop,
      @NotNull(message = "{booking.api.service.required}") @Nullable UUID service,
      @Schema(description = "A mechanic, or leave out for any free mechanic")
          @Nullable UUID mechanic,
      @NotNull(message = "{booking.api.start.required}") @Nullable Instant start) {}

  record VehicleRequest(
      @Schema(description = "One of your saved vehicles; leave out to describe a new one")
          @Nullable UUID id,
      @Schema(example = "2019") @Nullable Integer year,
      @Schema(example = "Toyota") @Nullable String make,
      @Schema(example = "Corolla") @Nullable String model,
      @Schema(description = "17 characters, check digit verified", example = "1HGCM82633A004352")
          @Nullable String vin,
      @Schema(example = "ABC 123") @Nullable String plate) {
    VehicleDetails details() {
      return new VehicleDetails(
          id,
          year == null ? 0 : year,
          make == null ? "" : make,
          model == null ? "" : model,
          vin,
          plate == null ? "" : plate);
    }
  }

  @Schema(description = "Confirm a hold with the vehicle, the problem and a phone number")
  record ConfirmRequest(
      @NotNull(message = "{booking.api.vehicle.required}") @Valid @Nullable VehicleRequest vehicle,
      @Schema(example = "Grinding noise when braking") @Nullable String problem,
      @Schema(example = "+1 514 555 0123") @NotNull(message = "{booking.rules.phone}")
          @Nullable String phone) {}

  @Schema(description = "A hold waiting for its payment, and where the customer pays")
  record CheckoutView(BookingView booking, String checkoutUrl) {}

  record CancelRequest(@Schema(example = "Plans changed") @Nullable String reason) {}

  record RescheduleRequest(
      @NotNull(message = "{booking.api.new-start.required}") @Nullable Instant start,
      @Schema(description = "A mechanic, or leave out for any free mechanic")
          @Nullable UUID mechanic) {}

  record Named(UUID id, String name) {}

  record NamedShop(String slug, String name) {}

  @Schema(description = "A booking; after a reschedule, the booking at the new time has a new id")
  record BookingView(
      UUID id,
      BookingStatus status,
      NamedShop shop,
      String timeZone,
      Named service,
      Named mechanic,
      Instant start,
      Instant end,
      @Schema(description = "The start in the shop's time zone", example = "2026-11-23T09:00")
          LocalDateTime localStart,
      @Schema(description = "The end in the shop's time zone", example = "2026-11-23T10:00")
          LocalDateTime localEnd,
      @Schema(
              description =
                  """
                  The shop's UTC offset at the start: which of the two it is when the wall time \
                  happens twice as clocks fall back""",
              example = "-05:00")
          String startOffset,
      @Schema(description = "The shop's UTC offset at the end", example = "-05:00")
          String endOffset,
      Price price,
      BigDecimal multiplier,
      @Nullable Instant holdExpiresAt,
      @Nullable String vehicle,
      String problem,
      int rescheduleCount,
      @Nullable String cancelReason,
      boolean cancelledLate,
      @Schema(description = "Where the booking was made: WEB, API, PHONE (by the shop) or WAITLIST")
          BookingSource source) {
    static BookingView of(BookingSummary b) {
      return new BookingView(
          b.id(),
          b.status(),
          new NamedShop(b.shopSlug(), b.shopName()),
          b.zone().getId(),
          new Named(b.offeringId(), b.serviceName()),
          new Named(b.mechanicId(), b.mechanicName()),
          b.start(),
          b.end(),
          LocalDateTime.ofInstant(b.start(), b.zone()),
          LocalDateTime.ofInstant(b.end(), b.zone()),
          offset(b.start(), b.zone()),
          offset(b.end(), b.zone()),
          Price.of(b.price()),
          b.multiplier(),
          b.holdExpiresAt(),
          b.vehicle(),
          b.problem(),
          b.rescheduleCount(),
          b.cancelReason(),
          b.cancelledLate(),
          b.source());
    }
  }
}
