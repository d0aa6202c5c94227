package com.otopair.booking.web;

import com.otopair.base.AccessReads;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.web.PublicApi;
import com.otopair.booking.AdminBookings;
import com.otopair.booking.BookingConsoleFilter;
import com.otopair.identity.ApiTokenScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The operations API's view of every shop's bookings: the admin console's search ({@link
 * AdminBookings}) with the same filters and orders in the query string, a page at a time. Each
 * booking it answers is a read of that customer's data, kept in the access log with the token that
 * asked.
 */
@PublicApi
@RestController
@RequestMapping(ApiTokenScope.OPS_PATH)
@Tag(name = "Operations")
@SecurityRequirement(name = "bearer")
@ApiResponse(
    responseCode = "422",
    description = "A filter, order or page that is not valid; `errors` names the parameter")
class OpsBookingsApiController {

  /** The page size when none is asked for, and the largest one. */
  static final int DEFAULT_SIZE = 50;

  static final int MAX_SIZE = 200;

  /** How far pages reach: beyond this many bookings, narrow the filter instead. */
  static final int MAX_REACH = 10_000;

  private static final Set<String> PARAMETERS =
      Set.of("q", "status", "source", "shop", "from", "to", "sort", "page", "size");

  @Schema(description = "A page of bookings, in the order asked for")
  record BookingsPage(
      List<OpsBooking> bookings,
      int page,
      int size,
      @Schema(description = "The address of the next page, or null on the last one")
          @Nullable String next) {}

  @Schema(description = "A booking as the admin console lists it")
  record OpsBooking(
      UUID id,
      @Schema(example = "CONFIRMED") String status,
      @Schema(description = "Cancelled inside the shop's cancellation window") boolean late,
      @Schema(example = "PHONE") String source,
      Party shop,
      @Schema(example = "America/Vancouver") String zone,
      Party customer,
      @Schema(example = "emma.wilson@example.test") String customerEmail,
      String mechanic,
      String service,
      Instant start,
      Instant end,
      @Schema(
              description = "The start on the shop's clock, in its zone",
              example = "2026-12-08T09:00")
          LocalDateTime localStart,
      @Schema(description = "In minor units (cents)", example = "8900") long price,
      @Schema(example = "CAD") String currency,
      @Schema(example = "PAID") String payment,
      Instant created) {

    static OpsBooking of(AdminBookings.Row row) {
      return new OpsBooking(
          row.id(),
          row.status().name(),
          row.cancelledLate(),
          row.source().name(),
          new Party(row.shopId(), row.shopName()),
          row.zone().getId(),
          new Party(row.customerId(), row.customerName()),
          row.customerEmail(),
          row.mechanicName(),
          row.serviceName(),
          row.startsAt(),
          row.endsAt(),
          LocalDateTime.ofInstant(row.startsAt(), row.zone()),
          row.price().minor(),
          row.price().currency(),
          row.payment().name(),
          row.createdAt());
    }
  }

  record Party(UUID id, String name) {}

  private final AdminBookings bookings;
  private final AccessReads reads;

  OpsBookingsApiController(AdminBookings bookings, AccessReads reads) {
    this.bookings = bookings;
    this.reads = reads;
  }

  @Operation(
      summary = "Search every shop's bookings",
      description =
          """
          The admin console's filters and orders: `q` (customer name or email, shop, mechanic, \
          service, or the start of the booking's id), `status`, `source` (WEB, API, PHONE, \
          WAITLIST), `shop` (an id), `from` and `to` (days, both included, each booking's day on \
          its shop's clock), `sort` (startsAt, createdAt, shopName, customerName or status, then \
          `,asc` or `,desc`; the latest start first by default). Pages of `size` bookings (at \
          most 200) counted from 0; follow `next` until it is null. Pages reach the first 10,000 \
          bookings of a search: narrow it to go further. Every booking answered is logged as \
          read by this token.""")
  @ApiResponse(responseCode = "200", description = "A page of bookings")
  @GetMapping("/bookings")
  BookingsPage search(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> query) {
    for (String name : query.keySet()) {
      if (!PARAMETERS.contains(name)) {
        throw new InvalidRequestException(name, "booking.ops.unknown-parameter", name);
      }
    }
    BookingConsoleFilter filter = BookingConsoleFilter.parse(query);
    int size = number(query, "size", DEFAULT_SIZE, 1, MAX_SIZE);
    int page = number(query, "page", 0, 0, 999_999);
    if ((long) (page + 1) * size > MAX_REACH) {
      throw new InvalidRequestException("page", "booking.ops.too-far", MAX_REACH);
    }
    Slice<AdminBookings.Row> found =
        bookings.search(filter, PageRequest.of(page, size, BookingConsoleFilter.sort(query)));
    List<OpsBooking> answered = found.getContent().stream().map(OpsBooking::of).toList();
    found.forEach(row -> reads.read(AccessReads.Subject.BOOKING, row.id(), row.customerId(), null));
    String next =
        found.hasNext() && (long) (page + 2) * size <= MAX_REACH ? nextPage(query, page + 1) : null;
    return new BookingsPage(answered, page, size, next);
  }

  private static String nextPage(MultiValueMap<String, String> query, int page) {
    Map<String, List<String>> params = new LinkedHashMap<>(query);
    params.put("page", List.of(String.valueOf(page)));
    var uri = UriComponentsBuilder.fromPath(ApiTokenScope.OPS_PATH + "/bookings");
    params.forEach((name, values) -> values.forEach(v -> uri.queryParam(name, "{" + name + "}")));
    Map<String, String> values = new LinkedHashMap<>();
    params.forEach((name, list) -> values.put(name, list.getFirst()));
    return uri.encode().buildAndExpand(values).toUriString();
  }

  /** A whole number between {@code min} and {@code max}, or {@code otherwise} when absent. */
  private static int number(
      MultiValueMap<String, String> query, String name, int otherwise, int min, int max) {
    List<String> values = query.get(name);
    if (values == null || values.isEmpty() || values.getFirst().isBlank()) {
      return otherwise;
    }
    if (values.size() > 1) {
      throw new InvalidRequestException(name, "booking.console.invalid.repeated", name);
    }
    String value = values.getFirst().trim();
    if (value.matches("[0-9]{1,6}")) {
      int n = Integer.parseInt(value);
      if (n >= min && n <= max) {
        return n;
      }
    }
    throw new InvalidRequestException(name, "booking.ops.number", name, min, max);
  }
}
