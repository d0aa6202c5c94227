package com.otopair.booking.web;

import com.otopair.base.AccessReads;
import com.otopair.base.CurrentUser;
import com.otopair.base.GeoPoint;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.web.Problems;
import com.otopair.base.web.PublicApi;
import com.otopair.booking.BookingChanges;
import com.otopair.booking.BookingDetails;
import com.otopair.booking.BookingHolds;
import com.otopair.booking.BookingSource;
import com.otopair.booking.BookingSummary;
import com.otopair.booking.MyBookings;
import com.otopair.booking.Quotes;
import com.otopair.booking.SlotTakenException;
import com.otopair.booking.web.ApiModels.BookingView;
import com.otopair.booking.web.ApiModels.CancelRequest;
import com.otopair.booking.web.ApiModels.ConfirmRequest;
import com.otopair.booking.web.ApiModels.HoldRequest;
import com.otopair.booking.web.ApiModels.QuoteRequest;
import com.otopair.booking.web.ApiModels.QuoteView;
import com.otopair.booking.web.ApiModels.RescheduleRequest;
import com.otopair.booking.web.ApiModels.ShopMenuView;
import com.otopair.booking.web.ApiModels.SlotView;
import com.otopair.booking.web.ApiModels.SlotsView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The booking API: quotes and slots for anyone, bookings for customers with an API token. Every
 * call is one service call, so one transaction; the database refuses overlapping bookings whatever
 * happens concurrently, and a lost race answers 409 with the nearest free slots.
 */
@PublicApi
@RestController
@RequestMapping(PublicApi.BASE)
@ApiResponse(
    responseCode = "422",
    description = "Invalid input; `errors` lists each field and what is wrong with it")
class BookingApiController {

  private final Quotes quotes;
  private final BookingHolds holds;
  private final BookingChanges changes;
  private final MyBookings mine;
  private final AccessReads reads;

  BookingApiController(
      Quotes quotes,
      BookingHolds holds,
      BookingChanges changes,
      MyBookings mine,
      AccessReads reads) {
    this.quotes = quotes;
    this.holds = holds;
    this.changes = changes;
    this.mine = mine;
    this.reads = reads;
  }

  @Tag(name = "Find")
  @Operation(
      summary = "Quote shops and mechanics",
      description =
          """
          Live shops within the radius that offer the category, each with its rating and its \
          mechanics' next slots, best first by one score: 0.35 × rating + 0.30 × soon + \
          0.20 × price + 0.15 × distance, each term 0 to 1. rating = (fair rating − 1) / 4, \
          where the fair rating counts 5 extra reviews of 3.5 stars (a shop nobody reviewed \
          stands at 3.5); soon = 1 − (first free slot − earliest) / (latest − earliest); \
          price = cheapest first slot's price / this shop's; distance = 1 − distance / radiusKm. \
          Equal scores: sooner slot, lower price, nearer shop, then the shop's slug.""")
  @PostMapping("/quote")
  QuoteView quote(@Valid @RequestBody QuoteRequest request) {
    GeoPoint near = null;
    if (request.latitude() != null || request.longitude() != null) {
      if (request.latitude() == null || request.longitude() == null) {
        String missing = request.latitude() == null ? "latitude" : "longitude";
        throw new InvalidRequestException(missing, "booking.api.coordinates.both");
      }
      near = new GeoPoint(request.latitude(), request.longitude());
    }
    return QuoteView.of(
        quotes.quote(
            new Quotes.Request(
                request.where(),
                near,
                request.radiusKm() == null ? 25 : request.radiusKm(),
                request.category(),
                request.earliest(),
                request.latest(),
                request.limit() == null ? 10 : request.limit())));
  }

  @Tag(name = "Find")
  @Operation(summary = "A shop, its mechanics and the services it can be booked for")
  @ApiResponse(responseCode = "404", description = "No live shop has that slug")
  @GetMapping("/shops/{slug}")
  ShopMenuView shop(@PathVariable String slug) {
    return ShopMenuView.of(quotes.menu(slug));
  }

  @Tag(name = "Find")
  @Operation(
      summary = "A shop's free slots for a service",
      description =
          """
          Days in the shop's time zone, from `from` (default today) to `to` (default a week \
          later), at most 31 days.""")
  @ApiResponse(responseCode = "404", description = "No live shop has that slug")
  @GetMapping("/shops/{slug}/slots")
  SlotsView slots(
      @PathVariable String slug,
      @RequestParam UUID service,
      @Parameter(description = "One mechanic, or leave out for everyone")
          @RequestParam(required = false)
          @Nullable UUID mechanic,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          @Nullable LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          @Nullable LocalDate to) {
    return SlotsView.of(quotes.slots(slug, service, mechanic, from, to));
  }

  @Tag(name = "Book")
  @SecurityRequirement(name = "bearer")
  @Operation(
      summary = "Hold a slot",
      description =
          """
          Holds the slot for 10 minutes at its current price (status HELD, `holdExpiresAt`); \
          confirm it with POST /bookings/{id}/confirm. Your earlier holds are released.""")
  @ApiResponse(responseCode = "201", description = "Held")
  @ApiResponse(
      responseCode = "409",
      description = "Someone else got the slot first; `alternatives` lists the nearest free ones")
  @PostMapping("/bookings")
  @ResponseStatus(HttpStatus.CREATED)
  ResponseEntity<BookingView> hold(@Valid @RequestBody HoldRequest request) {
    UUID shopId = quotes.shopOf(Objects.requireNonNull(request.shop()));
    BookingView held =
        BookingView.of(
            holds.hold(
                shopId,
                Objects.requireNonNull(request.service()),
                request.mechanic(),
                Objects.requireNonNull(request.start()),
                null,
                BookingSource.API));
    return ResponseEntity.created(URI.create(PublicApi.BASE + "/bookings/" + held.id())).body(held);
  }

  @Tag(name = "Book")
  @SecurityRequirement(name = "bearer")
  @Operation(
      summary = "Confirm a hold with the vehicle, the problem and a phone number",
      description =
          """
          To pay at the shop. Where the shop holds a card when booking, this answers 409: use \
          POST /bookings/{id}/checkout instead.""")
  @ApiResponse(responseCode = "404", description = "Not one of your bookings")
  @ApiResponse(
      responseCode = "409",
      description = "The hold ran out or was released, or the shop takes a card when booking")
  @PostMapping("/bookings/{id}/confirm")
  BookingView confirm(@PathVariable UUID id, @Valid @RequestBody ConfirmRequest request) {
    return BookingView.of(holds.confirm(id, details(request)));
  }

  @Tag(name = "Book")
  @SecurityRequirement(name = "bearer")
  @Operation(
      summary = "Pay for a hold on Stripe's page, then it is confirmed",
      description =
          """
          Saves the vehicle, the problem and the phone on the hold, keeps the slot while the \
          customer pays, and answers the payment page's address (`checkoutUrl`). The booking \
          becomes CONFIRMED once the card is held; poll GET /bookings/{id}.""")
  @ApiResponse(responseCode = "404", description = "Not one of your bookings")
  @ApiResponse(
      responseCode = "409",
      description = "The hold ran out, or the shop takes payment at the shop")
  @PostMapping("/bookings/{id}/checkout")
  ApiModels.CheckoutView checkout(
      @PathVariable UUID id, @Valid @RequestBody ConfirmRequest request) {
    String page = holds.payAndConfirm(id, details(request));
    return new ApiModels.CheckoutView(BookingView.of(mine.booking(id)), page);
  }

  private static BookingDetails details(ConfirmRequest request) {
    return new BookingDetails(
        Objects.requireNonNull(request.vehicle()).details(),
        request.problem() == null ? "" : request.problem(),
        Objects.requireNonNull(request.phone()));
  }

  @Tag(name = "Book")
  @SecurityRequirement(name = "bearer")
  @Operation(summary = "Let go of a hold")
  @ApiResponse(responseCode = "204", description = "Released, or no longer held")
  @ApiResponse(responseCode = "404", description = "Not one of your bookings")
  @PostMapping("/bookings/{id}/release")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void release(@PathVariable UUID id) {
    holds.releaseHold(id);
  }

  @Tag(name = "Manage")
  @SecurityRequirement(name = "bearer")
  @Operation(summary = "Your bookings, latest first")
  @GetMapping("/bookings")
  List<BookingView> mine() {
    List<BookingView> bookings = mine.list().stream().map(BookingView::of).toList();
    CurrentUser.get()
        .ifPresent(me -> reads.read(AccessReads.Subject.BOOKINGS, me.id(), me.id(), null));
    return bookings;
  }

  @Tag(name = "Manage")
  @SecurityRequirement(name = "bearer")
  @Operation(summary = "One of your bookings")
  @ApiResponse(responseCode = "404", description = "Not one of your bookings")
  @GetMapping("/bookings/{id}")
  BookingView booking(@PathVariable UUID id) {
    BookingSummary booking = mine.booking(id);
    reads.read(AccessReads.Subject.BOOKING, id, booking.customerId(), null);
    return BookingView.of(booking);
  }

  @Tag(name = "Manage")
  @SecurityRequirement(name = "bearer")
  @Operation(
      summary = "Cancel a confirmed booking",
      description =
          """
          Inside the shop's cancellation window the booking is still cancelled and marked late \
          (`cancelledLate`).""")
  @ApiResponse(responseCode = "404", description = "Not one of your bookings")
  @ApiResponse(responseCode = "409", description = "Not confirmed, or already started")
  @PostMapping("/bookings/{id}/cancel")
  BookingView cancel(
      @PathVariable UUID id, @RequestBody(required = false) @Nullable CancelRequest request) {
    return BookingView.of(
        changes.cancel(id, request == null || request.reason() == null ? "" : request.reason()));
  }

  @Tag(name = "Manage")
  @SecurityRequirement(name = "bearer")
  @Operation(
      summary = "Move a confirmed booking to another slot",
      description =
          """
          One transaction: the old time is released only when the new one is secured. Answers \
          the booking at its new time, which has a new id.""")
  @ApiResponse(responseCode = "404", description = "Not one of your bookings")
  @ApiResponse(
      responseCode = "409",
      description = "The slot was taken (with `alternatives`), or the reschedule limit is reached")
  @PostMapping("/bookings/{id}/reschedule")
  BookingView reschedule(@PathVariable UUID id, @Valid @RequestBody RescheduleRequest request) {
    return BookingView.of(
        changes.reschedule(id, request.mechanic(), Objects.requireNonNull(request.start())));
  }

  /** 409 with the nearest free slots, so that a client can offer them at once. */
  @ExceptionHandler(SlotTakenException.class)
  ResponseEntity<ProblemDetail> taken(SlotTakenException taken) {
    ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, taken.getMessage());
    problem.setProperty(
        "alternatives",
        taken.alternatives().stream().map(s -> SlotView.of(s, taken.zone())).toList());
    return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
  }
}
