package com.otopair.bench;

import com.otopair.base.Money;
import com.otopair.scheduling.BookingPolicy;
import com.otopair.scheduling.BusyInterval;
import com.otopair.scheduling.Slot;
import com.otopair.scheduling.SlotEngine;
import com.otopair.scheduling.SlotRequest;
import com.otopair.scheduling.WeeklyWindow;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One shop's slot page for two months: 20 mechanics in Toronto, weekdays 08:00-12:00 and
 * 13:00-17:00 at the base price, Saturdays 09:00-15:00 at 1.5 times, 60 days from 2026-10-05 (the
 * clocks fall back on 2026-11-01), one-hour service, 15-minute steps, the default policy (10
 * minutes after each booking, 2 hours' notice, 60 days ahead) and 2,000 existing bookings drawn
 * with a fixed seed. {@code slotsAndAnyMechanic} is the whole computation a booking page does:
 * every mechanic's slots and the merged "any mechanic" slots.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
public class SlotEngineBenchmark {

  static final ZoneId TORONTO = ZoneId.of("America/Toronto");
  static final LocalDate FIRST_DAY = LocalDate.of(2026, 10, 5);
  static final int DAYS = 60;
  static final int MECHANICS = 20;
  static final int BOOKINGS = 2_000;
  static final long SEED = 20_261_005L;

  private final SlotEngine engine = new SlotEngine();
  private SlotRequest request;

  @Setup
  public void buildShop() {
    request = shop();
    var slots = engine.slots(request).size();
    var merged = engine.anyMechanic(request).size();
    System.out.printf(
        "%n%d mechanics, %d days, %d bookings: %d slots, %d any-mechanic slots%n",
        MECHANICS, DAYS, request.busy().size(), slots, merged);
    if (slots == 0 || merged == 0) {
      throw new IllegalStateException("The benchmark's shop offers no slots");
    }
  }

  @Benchmark
  public void slotsAndAnyMechanic(Blackhole blackhole) {
    blackhole.consume(engine.slots(request));
    blackhole.consume(engine.anyMechanic(request));
  }

  @Benchmark
  public List<Slot> slots() {
    return engine.slots(request);
  }

  @Benchmark
  public List<Slot> anyMechanic() {
    return engine.anyMechanic(request);
  }

  static SlotRequest shop() {
    var random = new Random(SEED);
    var mechanics = new ArrayList<UUID>();
    var windows = new ArrayList<WeeklyWindow>();
    for (int i = 0; i < MECHANICS; i++) {
      var mechanic = new UUID(0x07A1L, i + 1);
      mechanics.add(mechanic);
      for (var day : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)) {
        windows.add(window(mechanic, day, 8, 12, BigDecimal.ONE));
        windows.add(window(mechanic, day, 13, 17, BigDecimal.ONE));
      }
      windows.add(window(mechanic, DayOfWeek.SATURDAY, 9, 15, new BigDecimal("1.5")));
    }
    var busy = new ArrayList<BusyInterval>();
    while (busy.size() < BOOKINGS) {
      var date = FIRST_DAY.plusDays(random.nextInt(DAYS));
      if (date.getDayOfWeek() == DayOfWeek.SUNDAY) {
        continue;
      }
      int firstHour = date.getDayOfWeek() == DayOfWeek.SATURDAY ? 9 : 8;
      int lastHour = date.getDayOfWeek() == DayOfWeek.SATURDAY ? 14 : 16;
      var start =
          ZonedDateTime.of(
              date,
              LocalTime.of(
                  firstHour + random.nextInt(lastHour - firstHour), 15 * random.nextInt(4)),
              TORONTO);
      var length = Duration.ofMinutes(30L * (1 + random.nextInt(4)));
      busy.add(
          new BusyInterval(
              mechanics.get(random.nextInt(MECHANICS)),
              start.toInstant(),
              start.toInstant().plus(length)));
    }
    var now = ZonedDateTime.of(FIRST_DAY, LocalTime.of(7, 0), TORONTO).toInstant();
    return new SlotRequest(
        TORONTO,
        now,
        FIRST_DAY,
        FIRST_DAY.plusDays(DAYS - 1),
        Duration.ofHours(1),
        new Money(85_00, "CAD"),
        BookingPolicy.DEFAULT,
        mechanics,
        windows,
        List.of(),
        List.of(),
        busy);
  }

  private static WeeklyWindow window(
      UUID mechanic, DayOfWeek day, int fromHour, int toHour, BigDecimal multiplier) {
    return new WeeklyWindow(
        mechanic, day, LocalTime.of(fromHour, 0), LocalTime.of(toHour, 0), multiplier, null, null);
  }
}
