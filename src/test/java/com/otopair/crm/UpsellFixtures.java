package com.otopair.crm;

import com.otopair.base.Money;
import com.otopair.base.Roles;
import com.otopair.consult.ConsultProvisioning;
import com.otopair.consult.EndReason;
import com.otopair.consult.ReportDraft;
import com.otopair.consult.ReportUrgency;
import com.otopair.consult.SessionStatus;
import com.otopair.identity.UserProvisioning;
import com.otopair.shops.Offering;
import com.otopair.shops.OfferingCategory;
import com.otopair.shops.OfferingMode;
import com.otopair.shops.ServiceMenu;
import com.otopair.shops.ShopDraft;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Customers, shops and the history recommendations are made from, new for each call so tests own
 * their data: live shops in Montreal or Austin with a menu, a mechanic, vehicles, past visits
 * (bookings, completed or confirmed, at the times a test names), jobs with estimate lines, and live
 * sessions with their summaries.
 */
public class UpsellFixtures {

  /** A live shop, its mechanic and its services by category (in-shop) and mode (remote). */
  public record Shop(UUID id, String slug, String name, UUID mechanic, String currency) {}

  private final UserProvisioning users;
  private final ShopProvisioning shops;
  private final ShopMembership membership;
  private final ServiceMenu menu;
  private final ConsultProvisioning consult;
  private final JdbcTemplate jdbc;

  public UpsellFixtures(ApplicationContext beans) {
    this.users = beans.getBean(UserProvisioning.class);
    this.shops = beans.getBean(ShopProvisioning.class);
    this.membership = beans.getBean(ShopMembership.class);
    this.menu = beans.getBean(ServiceMenu.class);
    this.consult = beans.getBean(ConsultProvisioning.class);
    this.jdbc = beans.getBean(JdbcTemplate.class);
  }

  /** A live shop in Montreal (Canada, Eastern time). */
  public Shop montreal() {
    return shop("Montréal", "QC", "H2T 1S6", "CA", "(514) 555-0100", "America/Toronto", "CAD");
  }

  /** A live shop in Austin (United States, Central time). */
  public Shop austin() {
    return shop("Austin", "TX", "78701", "US", "(512) 555-0100", "America/Chicago", "USD");
  }

  private Shop shop(
      String city,
      String region,
      String postalCode,
      String country,
      String phone,
      String zone,
      String currency) {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    UUID owner =
        users.createVerifiedUser(
            "owner-" + tag + "@example.test", "Olga Owner", Roles.SHOP_OWNER, "a long passphrase");
    UUID shop =
        shops.createLiveShop(
            owner,
            new ShopDraft(
                "Upsell Garage " + tag,
                "upsell-" + tag,
                "100 Test Street",
                city,
                region,
                postalCode,
                country,
                phone,
                zone,
                "We fix things.",
                null,
                null,
                List.of(
                    new com.otopair.shops.OpeningHours(
                        DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(17, 0)))));
    UUID marc =
        users.createVerifiedUser(
            "marc-" + tag + "@example.test", "Marc Gagnon", Roles.MECHANIC, "a passphrase!");
    membership.addMechanic(shop, marc);
    return new Shop(shop, membership.ref(shop).slug(), "Upsell Garage " + tag, marc, currency);
  }

  /** Adds a service to the shop's menu; returns its id. */
  public UUID service(
      Shop shop,
      String name,
      OfferingCategory category,
      OfferingMode mode,
      int minutes,
      long priceMinor) {
    return shops.addOffering(
        shop.id(),
        new Offering(
            null, name, "", category, minutes, new Money(priceMinor, shop.currency()), mode, true));
  }

  public UUID service(Shop shop, OfferingCategory category, long priceMinor) {
    return service(
        shop, category.name() + " service", category, OfferingMode.IN_SHOP, 60, priceMinor);
  }

  /** A new verified customer; returns their email. */
  public String customer() {
    String email = "upsell-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    users.createVerifiedUser(email, "Emma Tremblay", Roles.CUSTOMER, "a passphrase!");
    return email;
  }

  public UUID userId(String email) {
    return users.findByEmail(email).orElseThrow();
  }

  /** A vehicle of the customer's; returns its id. */
  public UUID vehicle(UUID customer, int year) {
    UUID id = UUID.randomUUID();
    jdbc.update(
        "insert into vehicles (id, customer_id, year, make, model, plate, created_at)"
            + " values (?, ?, ?, 'Toyota', 'Corolla', 'ABC 123', now())",
        id,
        customer,
        year);
    return id;
  }

  /**
   * A one-hour visit of the vehicle at {@code start} for {@code service}, in {@code status}
   * (COMPLETED, or CONFIRMED: a confirmed one is never in the past of other tests' mechanics, since
   * each shop has its own); confirmed at {@code confirmedAt}. Returns its id.
   */
  public UUID booking(
      Shop shop,
      UUID customer,
      UUID service,
      UUID vehicle,
      String status,
      Instant start,
      Instant confirmedAt) {
    UUID id = UUID.randomUUID();
    Timestamp from = Timestamp.from(start);
    Timestamp to = Timestamp.from(start.plus(Duration.ofHours(1)));
    jdbc.update(
        """
        insert into bookings (id, shop_id, mechanic_id, customer_id, offering_id, service_name,
            status, starts_at, ends_at, blocked_from, blocked_until, price_minor, currency,
            multiplier, vehicle_id, created_at, confirmed_at)
        values (?, ?, ?, ?, ?, 'Service', ?, ?, ?, ?, ?, 8000, ?, 1, ?, ?, ?)
        """,
        id,
        shop.id(),
        shop.mechanic(),
        customer,
        service,
        status,
        from,
        to,
        from,
        to,
        shop.currency(),
        vehicle,
        Timestamp.from(confirmedAt),
        Timestamp.from(confirmedAt));
    return id;
  }

  /** A job of the customer's at the shop (from {@code booking}, when set), in {@code status}. */
  public UUID job(Shop shop, UUID customer, UUID booking, String status) {
    UUID id = UUID.randomUUID();
    jdbc.update(
        """
        insert into jobs (id, shop_id, number, shop_name, customer_id, customer_name, vehicle,
            title, origin, booking_id, status, currency, created_at, updated_at)
        values (?, ?, (select coalesce(max(number), 0) + 1 from jobs where shop_id = ?), ?, ?,
            'Emma Tremblay', '2019 Toyota Corolla', 'Service', 'BOOKING', ?, ?, ?, now(), now())
        """,
        id,
        shop.id(),
        shop.id(),
        shop.name(),
        customer,
        booking,
        status,
        shop.currency());
    return id;
  }

  /** An estimate line of the job, decided ({@code approval}) or not; returns its id. */
  public UUID line(UUID job, int position, String description, String approval) {
    UUID id = UUID.randomUUID();
    jdbc.update(
        """
        insert into job_lines (id, job_id, position, kind, description, quantity,
            unit_price_minor, approval, decided_at)
        values (?, ?, ?, 'PART', ?, 1, 3400, ?, case when ? = 'PENDING' then null else now() end)
        """,
        id,
        job,
        position,
        description,
        approval,
        approval);
    return id;
  }

  /**
   * A live session of the customer with Marc at the shop, on {@code service} (chat or video), asked
   * at {@code at}, ended for {@code reason}.
   */
  public UUID session(Shop shop, UUID customer, UUID service, Instant at, EndReason reason) {
    Offering offering =
        menu.publicMenu(shop.id()).stream()
            .filter(o -> o.id().equals(service))
            .findFirst()
            .orElseThrow();
    return consult.finished(
        new ConsultProvisioning.Ask(
            shop.id(),
            shop.name(),
            offering,
            customer,
            "Emma Tremblay",
            "2019 Toyota Corolla",
            "It clicks when I turn."),
        at,
        SessionStatus.ENDED,
        reason,
        shop.mechanic(),
        "Marc Gagnon",
        List.of("It clicks when I turn.", "Probably a CV joint."));
  }

  /** Marc's summary of the session, sent, recommending {@code repair} (or no service). */
  public void summary(UUID session, @org.jspecify.annotations.Nullable UUID repair) {
    consult.report(
        session,
        new ReportDraft(
            "A worn outer CV joint.",
            "",
            List.of(),
            "Book the repair soon.",
            ReportUrgency.SOON,
            repair,
            List.of()),
        true);
  }
}
