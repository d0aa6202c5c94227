package com.otopair.booking;

import com.otopair.base.InvalidRequestException;
import com.otopair.base.PlainText;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;

/**
 * Which bookings the admins' console ({@link AdminBookings}) lists: a text found in the customer's
 * name or email, the shop's, the mechanic's or the service's name, or the start of the booking's
 * id; one status; one source; one shop; and the days they start on, {@code from} and {@code to}
 * both included, each booking's day being the one of its own shop's zone (a booking at 21:00 in
 * Vancouver on December 7 is on December 7, though it is December 8 in UTC).
 *
 * <p>The screen's address and the operations API ({@code GET /api/v1/ops/bookings}) say it with the
 * same parameters, read by {@link #parse} and {@link #sort}: {@code q}, {@code status}, {@code
 * source}, {@code shop} (an id), {@code from} and {@code to} (2026-12-07), {@code sort} ({@code
 * startsAt}, {@code createdAt}, {@code shopName}, {@code customerName} or {@code status}, then
 * optionally {@code ,asc} or {@code ,desc}).
 */
public record BookingConsoleFilter(
    String text,
    @Nullable BookingStatus status,
    @Nullable BookingSource source,
    @Nullable UUID shopId,
    @Nullable LocalDate from,
    @Nullable LocalDate to) {

  /** The longest text searched for; a longer one is refused. */
  public static final int MAX_TEXT = 200;

  /** The orders offered, by the name {@code sort} takes. */
  public static final List<String> SORTS =
      List.of("startsAt", "createdAt", "shopName", "customerName", "status");

  /** The orders offered, as a refusal lists them. */
  static final String SORT_NAMES = String.join(", ", SORTS);

  /** The order when none is asked for: the latest start first. */
  public static final Sort DEFAULT_SORT = Sort.by(Sort.Direction.DESC, "startsAt");

  public BookingConsoleFilter {
    text = text == null ? "" : text;
    if (text.length() > MAX_TEXT) {
      throw new InvalidRequestException("q", "booking.console.invalid.text", MAX_TEXT);
    }
    if (from != null && to != null && to.isBefore(from)) {
      throw new InvalidRequestException("to", "booking.console.invalid.range");
    }
  }

  /** Every booking. */
  public static BookingConsoleFilter any() {
    return new BookingConsoleFilter("", null, null, null, null, null);
  }

  /**
   * The filter a query string says (parameters as above; others are left to the caller). A value
   * that is not one of the parameter's raises an {@link InvalidRequestException} naming the
   * parameter, so an API answers 400 next to it.
   */
  public static BookingConsoleFilter parse(Map<String, List<String>> query) {
    String text = single(query, "q");
    return new BookingConsoleFilter(
        text == null ? "" : PlainText.replaceControls(text, "").trim(),
        choice(query, "status", BookingStatus.class),
        choice(query, "source", BookingSource.class),
        value(query, "shop", "booking.console.invalid.shop", BookingConsoleFilter::uuid),
        value(query, "from", "booking.console.invalid.from", BookingConsoleFilter::day),
        value(query, "to", "booking.console.invalid.to", BookingConsoleFilter::day));
  }

  /**
   * The order a query string's {@code sort} asks for ({@link #DEFAULT_SORT} without one): one of
   * {@link #SORTS}, ascending unless followed by {@code ,desc}.
   */
  public static Sort sort(Map<String, List<String>> query) {
    String sort = single(query, "sort");
    if (sort == null || sort.isBlank()) {
      return DEFAULT_SORT;
    }
    String[] parts = sort.trim().split(",", -1);
    String property = parts[0].trim();
    if (parts.length > 2 || !SORTS.contains(property)) {
      throw new InvalidRequestException(
          "sort", "booking.console.invalid.sort", shown(sort), SORT_NAMES);
    }
    if (parts.length == 1) {
      return Sort.by(Sort.Direction.ASC, property);
    }
    String direction = parts[1].trim().toLowerCase(Locale.ROOT);
    return switch (direction) {
      case "asc" -> Sort.by(Sort.Direction.ASC, property);
      case "desc" -> Sort.by(Sort.Direction.DESC, property);
      default ->
          throw new InvalidRequestException(
              "sort", "booking.console.invalid.direction", shown(parts[1]));
    };
  }

  /** The query string of this filter, as {@link #parse} reads it back (empty parts left out). */
  public Map<String, List<String>> query() {
    Map<String, List<String>> query = new LinkedHashMap<>();
    if (!text.isBlank()) {
      query.put("q", List.of(text.trim()));
    }
    if (status != null) {
      query.put("status", List.of(status.name()));
    }
    if (source != null) {
      query.put("source", List.of(source.name()));
    }
    if (shopId != null) {
      query.put("shop", List.of(shopId.toString()));
    }
    if (from != null) {
      query.put("from", List.of(from.toString()));
    }
    if (to != null) {
      query.put("to", List.of(to.toString()));
    }
    return query;
  }

  /** The {@code sort} parameter's value for {@code sort}, as {@link #sort} reads it back. */
  public static String sortParameter(Sort sort) {
    Sort.Order order = sort.stream().findFirst().orElseThrow();
    return order.getProperty() + "," + (order.isAscending() ? "asc" : "desc");
  }

  private static @Nullable String single(Map<String, List<String>> query, String name) {
    List<String> values = query.get(name);
    if (values == null || values.isEmpty()) {
      return null;
    }
    if (values.size() > 1) {
      throw new InvalidRequestException(name, "booking.console.invalid.repeated", name);
    }
    return values.getFirst();
  }

  private static <T> @Nullable T value(
      Map<String, List<String>> query,
      String name,
      String refusal,
      Function<String, @Nullable T> parse) {
    String value = single(query, name);
    if (value == null || value.isBlank()) {
      return null;
    }
    T parsed = parse.apply(value.trim());
    if (parsed == null) {
      throw new InvalidRequestException(name, refusal, shown(value), name);
    }
    return parsed;
  }

  private static <E extends Enum<E>> @Nullable E choice(
      Map<String, List<String>> query, String name, Class<E> type) {
    String value = single(query, name);
    if (value == null || value.isBlank()) {
      return null;
    }
    String wanted = value.trim().toUpperCase(Locale.ROOT);
    return Arrays.stream(type.getEnumConstants())
        .filter(constant -> constant.name().equals(wanted))
        .findFirst()
        .orElseThrow(
            () ->
                new InvalidRequestException(
                    name,
                    "booking.console.invalid.choice",
                    name,
                    shown(value),
                    Arrays.stream(type.getEnumConstants())
                        .map(Enum::name)
                        .collect(Collectors.joining(", "))));
  }

  private static @Nullable UUID uuid(String value) {
    if (!value.matches(
        "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")) {
      return null;
    }
    return UUID.fromString(value);
  }

  private static @Nullable LocalDate day(String value) {
    if (!value.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException mangled) {
      return null;
    }
  }

  /** A value as a message may repeat it: without control characters, and not too long. */
  private static String shown(String value) {
    String plain = PlainText.replaceControls(value, "");
    return plain.length() > 40 ? plain.substring(0, 40) + "…" : plain;
  }
}
