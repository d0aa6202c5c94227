package com.otopair.identity;

import com.otopair.consult.ConsultProvisioning;
import com.otopair.consult.EndReason;
import com.otopair.consult.SessionStatus;
import com.otopair.reviews.ReviewDraft;
import com.otopair.reviews.ReviewFixtures;
import com.otopair.reviews.Reviews;
import com.otopair.reviews.Visit;
import com.otopair.shops.Offering;
import com.otopair.shops.ServiceMenu;
import com.otopair.shops.ShopMembership;
import com.otopair.support.MutableClock;
import com.otopair.support.SignIn;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Customers with a bit of everything, new for each call so tests own their data: a name and phone
 * of their own, an upcoming booking (a vehicle with a plate and a VIN, a problem, a contact phone),
 * a finished visit with its review and its paid invoice, a remote session with their chat lines,
 * and an API token.
 */
class PersonalDataFixtures {

  static final String PASSWORD = "a long passphrase";
  static final String VIN = "1HGCM82633A004352";

  /** One customer and what they have. */
  record Customer(
      String email,
      UUID id,
      String name,
      String phone,
      UUID upcoming,
      UUID visited,
      UUID session,
      UUID payment,
      String apiToken) {}

  private final ReviewFixtures visits;
  private final AccountService accounts;
  private final Reviews reviews;
  private final ConsultProvisioning consult;
  private final ServiceMenu menu;
  private final ShopMembership membership;
  private final UserProvisioning users;
  private final UserDetailsService userDetails;
  private final JdbcTemplate jdbc;
  private final MutableClock clock;
  final ReviewFixtures.Shop shop;

  PersonalDataFixtures(ApplicationContext beans) {
    this.visits = new ReviewFixtures(beans);
    this.accounts = beans.getBean(AccountService.class);
    this.reviews = beans.getBean(Reviews.class);
    this.consult = beans.getBean(ConsultProvisioning.class);
    this.menu = beans.getBean(ServiceMenu.class);
    this.membership = beans.getBean(ShopMembership.class);
    this.users = beans.getBean(UserProvisioning.class);
    this.userDetails = beans.getBean(UserDetailsService.class);
    this.jdbc = beans.getBean(JdbcTemplate.class);
    this.clock = beans.getBean(MutableClock.class);
    this.shop = visits.shop();
  }

  Customer customer() {
    String email = visits.customers(1).getFirst();
    UUID id = visits.userId(email);
    String tag = UUID.randomUUID().toString().substring(0, 6);
    String name = "Quincy Zed" + tag;
    String phone = "+1 514 555 " + (1000 + Math.abs(tag.hashCode() % 9000));
    SignIn.as(userDetails, email);
    try {
      accounts.updateProfile(name, phone);
      UUID upcoming = visits.confirmed(shop, email);
      jdbc.update(
          "update vehicles set vin = ? where id = (select vehicle_id from bookings where id = ?)",
          VIN,
          upcoming);
      jdbc.update("update bookings set contact_phone = ? where id = ?", phone, upcoming);
      UUID visited = visits.completed(shop, email);
      reviews.post(Visit.booking(visited), new ReviewDraft(4, "Fair price, " + name, true));
      UUID session = session(id, name);
      UUID payment = paid(id);
      String token = "otp_" + UUID.randomUUID().toString().replace("-", "");
      users.issueApiToken(id, "script", token);
      return new Customer(email, id, name, phone, upcoming, visited, session, payment, token);
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  private UUID session(UUID customerId, String name) {
    Offering chat =
        menu.publicMenu(shop.id()).stream()
            .filter(o -> shop.consult().chat().equals(o.id()))
            .findFirst()
            .orElseThrow();
    return consult.finished(
        new ConsultProvisioning.Ask(
            shop.id(),
            membership.shopName(shop.id()),
            chat,
            customerId,
            name,
            "2016 Honda Civic",
            "It shakes at 100 km/h, says " + name),
        clock.instant().minus(Duration.ofHours(3)),
        SessionStatus.ENDED,
        EndReason.TIME_UP,
        shop.bea(),
        "Béa Roy",
        List.of("Hello, I am " + name, "Probably a wheel balance."));
  }

  /**
   * A captured $80 payment and its invoice, as the shop's books keep them; of a thing of its own,
   * so the payments the visit itself may owe never collide with it.
   */
  private UUID paid(UUID customerId) {
    UUID payment = UUID.randomUUID();
    var now = Timestamp.from(clock.instant());
    jdbc.update(
        "insert into payments (id, shop_id, customer_id, subject_kind, subject_id, description,"
            + " gateway, status, currency, amount_minor, captured_minor, created_at, updated_at)"
            + " values (?, ?, ?, 'BOOKING', ?, 'Oil change', 'OFFLINE', 'CAPTURED', 'CAD', 8000,"
            + " 8000, ?, ?)",
        payment,
        shop.id(),
        customerId,
        UUID.randomUUID(),
        now,
        now);
    // Numbered from the shop's counter, as Invoices does: a max + 1 raced the shop's own invoices
    // (the completed visit's payment is invoiced after commit, by the outbox).
    Integer number =
        jdbc.queryForObject(
            "insert into invoice_counters (shop_id, last)"
                + " select ?, coalesce(max(number), 0) + 1 from invoices where shop_id = ?"
                + " on conflict (shop_id) do update set last = greatest(invoice_counters.last + 1,"
                + " excluded.last) returning last",
            Integer.class,
            shop.id(),
            shop.id());
    jdbc.update(
        "insert into invoices (id, shop_id, payment_id, number, issued_at) values (?, ?, ?, ?, ?)",
        UUID.randomUUID(),
        shop.id(),
        payment,
        number,
        now);
    return payment;
  }
}
