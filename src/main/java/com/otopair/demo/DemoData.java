package com.otopair.demo;

import com.otopair.base.I18n;
import com.otopair.base.Roles;
import com.otopair.booking.BookingProvisioning;
import com.otopair.booking.VehicleDetails;
import com.otopair.identity.AccountLanguages;
import com.otopair.identity.ApiTokenScope;
import com.otopair.identity.UserProvisioning;
import com.otopair.jobs.JobProvisioning;
import com.otopair.scheduling.ScheduleProvisioning;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.team.MechanicProfiles;
import com.otopair.team.Specialty;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import net.datafaker.Faker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo on the first start: an admin, 3 shop owners, 8 mechanics and 30 customers in
 * Montreal and Austin, and their shops (three live with their teams and schedules, one awaiting
 * approval) with six months of history ({@link DemoHistory}), all through the modules' services.
 * Runs once: it does nothing when the demo admin already exists.
 */
@Component
@Order(10)
@ConditionalOnBooleanProperty(name = "otopair.demo.enabled")
class DemoData implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoData.class);

  /** The bios of Atelier Rosemont's French-speaking mechanics, by email. */
  private static final Map<String, String> FRENCH_BIOS =
      Map.of(
          "olivier.lavoie@atelier-rosemont.test",
          "Mécanicien certifié à Montréal. Je vous explique ce dont votre voiture a besoin avant"
              + " d’y toucher.",
          "chloe.fortin@atelier-rosemont.test",
          "Mécanicienne certifiée à Montréal. Je vous explique ce dont votre voiture a besoin"
              + " avant d’y toucher.");

  private final UserProvisioning users;
  private final ShopProvisioning shops;
  private final ShopMembership membership;
  private final MechanicProfiles profiles;
  private final ScheduleProvisioning schedules;
  private final BookingProvisioning bookings;
  private final JobProvisioning jobProvisioning;
  private final AccountLanguages languages;
  private final DemoSessions sessions;
  private final DemoReviews reviews;
  private final DemoHistory history;
  private final Clock clock;

  DemoData(
      UserProvisioning users,
      ShopProvisioning shops,
      ShopMembership membership,
      MechanicProfiles profiles,
      ScheduleProvisioning schedules,
      BookingProvisioning bookings,
      JobProvisioning jobProvisioning,
      AccountLanguages languages,
      DemoSessions sessions,
      DemoReviews reviews,
      DemoHistory history,
      Clock clock) {
    this.users = users;
    this.shops = shops;
    this.membership = membership;
    this.profiles = profiles;
    this.schedules = schedules;
    this.bookings = bookings;
    this.jobProvisioning = jobProvisioning;
    this.languages = languages;
    this.sessions = sessions;
    this.reviews = reviews;
    this.history = history;
    this.clock = clock;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (users.findByEmail(DemoAccounts.ADMIN.email()).isPresent()) {
      return;
    }
    log.info("First start: loading demo data (turn off with OTOPAIR_DEMO_ENABLED=false)");
    long began = System.nanoTime();
    create(DemoAccounts.ADMIN);
    DemoAccounts.SHOP_OWNERS.forEach(this::create);
    DemoAccounts.MECHANICS.forEach(this::create);
    create(DemoAccounts.CUSTOMER);
    DemoAccounts.FRENCH_CUSTOMERS.forEach(this::create);
    users.issueApiToken(
        users.findByEmail(DemoAccounts.CUSTOMER.email()).orElseThrow(),
        "Demo script",
        DemoAccounts.CUSTOMER_API_TOKEN);
    users.issueApiToken(
        users.findByEmail(DemoAccounts.ADMIN.email()).orElseThrow(),
        "Demo operations",
        DemoAccounts.ADMIN_OPS_API_TOKEN,
        ApiTokenScope.OPS);

    Set<String> taken = new HashSet<>();
    taken.add(DemoAccounts.CUSTOMER.email());
    DemoAccounts.FRENCH_CUSTOMERS.forEach(account -> taken.add(account.email()));
    var montreal = new Faker(Locale.CANADA_FRENCH, new Random(514));
    var austin = new Faker(Locale.US, new Random(512));
    int created = 1 + DemoAccounts.FRENCH_CUSTOMERS.size();
    List<String> customerEmails = new ArrayList<>();
    while (created < DemoAccounts.CUSTOMERS) {
      Faker faker = created % 2 == 0 ? montreal : austin;
      String first = faker.name().firstName();
      String last = faker.name().lastName();
      String email = ascii(first) + "." + ascii(last) + "@example.test";
      if (ascii(first).isEmpty() || ascii(last).isEmpty() || !taken.add(email)) {
        continue;
      }
      users.createVerifiedUser(email, first + " " + last, Roles.CUSTOMER, DemoAccounts.PASSWORD);
      customerEmails.add(email);
      created++;
    }
    LocalDate today = LocalDate.now(clock);
    List<UUID> liveShops = new ArrayList<>();
    int shopIndex = 0;
    int mechanicIndex = 0;
    for (DemoShops.DemoShop demo : DemoShops.all()) {
      UUID owner = users.findByEmail(demo.ownerEmail()).orElseThrow();
      UUID shop =
          demo.live()
              ? shops.createLiveShop(owner, demo.draft())
              : shops.createPendingShop(owner, demo.draft());
      for (var offering : demo.offerings()) {
        shops.addOffering(shop, offering);
      }
      for (var photo : demo.photos()) {
        shops.addPhoto(shop, DemoShops.image(photo), photo.caption());
      }
      schedules.policy(shop, DemoSchedules.policy(shopIndex++));
      if (demo.live()) {
        liveShops.add(shop);
      }
      int n = 0;
      for (String mechanic : demo.mechanicEmails()) {
        UUID mechanicId = users.findByEmail(mechanic).orElseThrow();
        membership.addMechanic(shop, mechanicId);
        schedules.weeklyHours(
            shop, mechanicId, DemoSchedules.week(n++, demo.draft().openingHours()));
        // A few days off and a short day, spread over the coming weeks.
        switch (mechanicIndex++ % 4) {
          case 0 ->
              schedules.timeOff(
                  shop, mechanicId, today.plusDays(9), today.plusDays(10), "Family visit");
          case 1 ->
              schedules.override(
                  shop,
                  mechanicId,
                  DemoSchedules.weekday(today.plusDays(4)),
                  LocalTime.of(8, 0),
                  LocalTime.of(12, 0),
                  "Hybrid training in the afternoon");
          case 2 ->
              schedules.timeOff(
                  shop, mechanicId, today.plusDays(21), today.plusDays(27), "Vacation");
          default -> schedules.override(shop, mechanicId, today.plusDays(2), null, null, "Dentist");
        }
      }
    }
    var specialties =
        List.of(
            EnumSet.of(Specialty.BRAKES, Specialty.SUSPENSION, Specialty.TYRES),
            EnumSet.of(Specialty.HYBRID_EV, Specialty.ELECTRICAL, Specialty.DIAGNOSTICS),
            EnumSet.of(Specialty.ENGINE, Specialty.TRANSMISSION, Specialty.EUROPEAN),
            EnumSet.of(Specialty.JAPANESE, Specialty.DIAGNOSTICS),
            EnumSet.of(Specialty.AIR_CONDITIONING, Specialty.ELECTRICAL),
            EnumSet.of(Specialty.DIESEL, Specialty.AMERICAN, Specialty.ENGINE),
            EnumSet.of(Specialty.BRAKES, Specialty.DIAGNOSTICS),
            EnumSet.of(Specialty.HYBRID_EV, Specialty.JAPANESE, Specialty.AIR_CONDITIONING));
    for (int i = 0; i < DemoAccounts.MECHANICS.size(); i++) {
      var mechanic = DemoAccounts.MECHANICS.get(i);
      profiles.save(
          users.findByEmail(mechanic.email()).orElseThrow(),
          bio(mechanic),
          4 + i * 3,
          i % 2 == 0 ? 30 : 60,
          specialties.get(i),
          i == 2 ? "Volkswagen, Audi" : "");
    }
    List<UUID> booked = bookDemoCustomers(today, liveShops, customerEmails);
    // Emma's summary at the Atelier recommends a repair she has not booked: her home suggests it.
    // Before the Plateau's sessions: she ends up waiting in its queue, one queue at a time.
    sessions.followUp(liveShops.get(1));
    sessions.load(liveShops.getFirst(), today, booked);
    reviews.load(liveShops, customerEmails, today);
    long present = System.nanoTime();
    log.info("Writing six months of the live shops' history");
    history.load(liveShops, customerEmails);
    long done = System.nanoTime();
    log.info(
        "Demo data loaded in {} s (the present {} s, the history {} s)",
        Math.round((done - began) / 1e8) / 10.0,
        Math.round((present - began) / 1e8) / 10.0,
        Math.round((done - present) / 1e8) / 10.0);
    log.info(
        "Demo data loaded; sign in as {} with password {}",
        DemoAccounts.ADMIN.email(),
        DemoAccounts.PASSWORD);
  }

  /**
   * A mechanic's bio, written by the mechanic in their own language: people's data, read as written
   * whatever the reader's language.
   */
  private static String bio(DemoAccounts.Account mechanic) {
    return FRENCH_BIOS.getOrDefault(
        mechanic.email(),
        "Licensed mechanic in "
            + mechanic.city()
            + ". I explain what your car needs before I touch it.");
  }

  /**
   * Upcoming bookings: Emma's at Garage du Plateau, and a dozen other customers' across the live
   * shops over the next two weeks, so calendars and "My bookings" have something to show; returns
   * them.
   */
  private List<UUID> bookDemoCustomers(
      LocalDate today, List<UUID> liveShops, List<String> customerEmails) {
    var cars =
        List.of(
            new VehicleDetails(null, 2018, "Honda", "Civic", null, "V12 ABC"),
            new VehicleDetails(null, 2021, "Toyota", "RAV4 Hybrid", null, "G45 KLM"),
            new VehicleDetails(null, 2015, "Ford", "F-150", null, "TX 4821"),
            new VehicleDetails(null, 2019, "Volkswagen", "Golf", null, "QC 7731"));
    var problems =
        List.of(
            "Squealing when I brake at low speed.",
            "Check-engine light came on yesterday.",
            "Due for an oil change and a look at the tyres.",
            "Battery seems weak on cold mornings.");
    UUID emma = users.findByEmail(DemoAccounts.CUSTOMER.email()).orElseThrow();
    List<UUID> booked = new ArrayList<>();
    // Each booked some days before (the bookings made per day have no spike on the demo's day).
    var lead = new Random(2112);
    LocalDate emmas = nextWeekday(today.plusDays(2));
    bookings
        .book(
            emma,
            liveShops.getFirst(),
            2,
            emmas,
            cars.get(1),
            problems.get(2),
            bookedBefore(emmas, liveShops.getFirst(), lead))
        .ifPresent(booked::add);
    List<UUID> others =
        customerEmails.stream()
            .limit(12)
            .map(email -> users.findByEmail(email).orElseThrow())
            .toList();
    for (int i = 0; i < others.size(); i++) {
      UUID shop = liveShops.get(i % liveShops.size());
      LocalDate day = nextWeekday(today.plusDays(1 + i));
      bookings
          .book(
              others.get(i),
              shop,
              i,
              day,
              cars.get(i % cars.size()),
              problems.get(i % problems.size()),
              bookedBefore(day, shop, lead))
          .ifPresent(booked::add);
    }
    // Emma's job waits for her approval of an estimate; the others fill the board's columns.
    Collections.swap(booked, 0, Math.min(4, booked.size() - 1));
    jobProvisioning.fromBookings(booked);
    // Camille at the Plateau, Julien at Rosemont: their confirmations go out in French.
    for (int i = 0; i < DemoAccounts.FRENCH_CUSTOMERS.size(); i++) {
      UUID shop = liveShops.get(i % liveShops.size());
      LocalDate day = nextWeekday(today.plusDays(3 + i));
      bookings
          .book(
              users.findByEmail(DemoAccounts.FRENCH_CUSTOMERS.get(i).email()).orElseThrow(),
              shop,
              i + 1,
              day,
              cars.get(3 - i),
              i == 0
                  ? "Bruit de frottement à l’avant quand je tourne."
                  : "Changement des pneus d’hiver.",
              bookedBefore(day, shop, lead))
          .ifPresent(booked::add);
    }
    return booked;
  }

  /** When a visit to the shop on {@code day} was booked, 1 to 21 days before. */
  private Instant bookedBefore(LocalDate day, UUID shop, Random lead) {
    return DemoUpcoming.bookedBefore(day, membership.zoneOf(shop), clock.instant(), lead);
  }

  private static LocalDate nextWeekday(LocalDate day) {
    LocalDate date = day;
    while (date.getDayOfWeek().getValue() > 5) {
      date = date.plusDays(1);
    }
    return date;
  }

  /** Creates the account, reading Otopair in its language. */
  private void create(DemoAccounts.Account account) {
    UUID id =
        users.createVerifiedUser(
            account.email(), account.name(), account.role(), DemoAccounts.PASSWORD);
    languages.choose(id, I18n.ofTag(account.language()));
  }

  /** "Amélie" becomes "amelie", for email addresses. */
  private static String ascii(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z]", "");
  }
}
