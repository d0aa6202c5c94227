package com.otopair.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.otopair.base.FileStore;
import com.otopair.base.Money;
import com.otopair.base.Roles;
import com.otopair.base.SecretTokens;
import com.otopair.booking.BookingStatus;
import com.otopair.booking.MyBookings;
import com.otopair.identity.ApiTokenScope;
import com.otopair.identity.ApiTokens;
import com.otopair.identity.UserDirectory;
import com.otopair.identity.UserFilter;
import com.otopair.jobs.JobBoard;
import com.otopair.jobs.JobDetails;
import com.otopair.jobs.JobStatus;
import com.otopair.scheduling.Availability;
import com.otopair.scheduling.ScheduleFixtures;
import com.otopair.scheduling.ScheduleService;
import com.otopair.shops.OfferingMode;
import com.otopair.shops.ShopAdministration;
import com.otopair.shops.ShopFilter;
import com.otopair.shops.ShopService;
import com.otopair.shops.ShopStatus;
import com.otopair.support.IntegrationTest;
import com.otopair.support.SignIn;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

class DemoDataTest extends IntegrationTest {

  @Autowired UserDirectory directory;
  @Autowired ShopAdministration shops;
  @Autowired UserDetailsService userDetails;
  @Autowired ShopService myShops;
  @Autowired ScheduleService schedules;
  @Autowired Availability availability;
  @Autowired MyBookings myBookings;
  @Autowired JdbcTemplate jdbc;
  @Autowired ApiTokens apiTokens;
  @Autowired JobBoard jobs;
  @Autowired FileStore files;
  @Autowired WebApplicationContext web;

  @Test
  void firstStartSeedsTheDemoPeopleWithTheReadmeLogins() {
    SignIn.as(userDetails, DemoAccounts.ADMIN.email());
    assertThat(count(Roles.ADMIN, "otopair.test")).isEqualTo(1);
    assertThat(count(Roles.SHOP_OWNER, ".test")).isGreaterThanOrEqualTo(3);
    assertThat(count(Roles.MECHANIC, ".test")).isGreaterThanOrEqualTo(8);
    assertThat(count(Roles.CUSTOMER, "@example.test")).isGreaterThanOrEqualTo(30);
    assertThat(shops.count(new ShopFilter("", ShopStatus.ACTIVE, "Montreal")))
        .isGreaterThanOrEqualTo(2);
    assertThat(shops.count(new ShopFilter("eastside-auto", ShopStatus.ACTIVE, "Austin")))
        .isEqualTo(1);
    assertThat(shops.count(new ShopFilter("pneus-masson", ShopStatus.PENDING_APPROVAL, null)))
        .isEqualTo(1);
    for (var account : DemoAccounts.SHOP_OWNERS) {
      assertThat(userDetails.loadUserByUsername(account.email()).getAuthorities())
          .extracting(Object::toString)
          .containsExactly("ROLE_SHOP_OWNER");
    }
  }

  @Test
  void lucIsOnAtGarageDuPlateauWhereEmmaWaitsAndPastSessionsShowEveryEnding() {
    assertThat(
            jdbc.queryForObject(
                "select s.online from consult_mechanic_status s join users u on u.id = s.user_id"
                    + " where u.email = 'luc.bergeron@garage-plateau.test'",
                Boolean.class))
        .isTrue();
    var byStatus =
        jdbc.queryForList(
            "select s.status, s.end_reason from consult_sessions s join users u on u.id ="
                + " s.customer_id where u.email = 'emma.wilson@example.test'"
                + " and s.shop_name = 'Garage du Plateau' and s.starts_at is null"
                + " order by s.requested_at");
    List<String> outcomes =
        byStatus.stream().map(row -> row.get("status") + "/" + row.get("end_reason")).toList();
    assertThat(outcomes.subList(0, 4))
        .containsExactly(
            "CANCELLED/LEFT_QUEUE", "EXPIRED/NOBODY_CAME", "ENDED/TIME_UP", "ENDED/CUSTOMER");
    // The newest waits; other tests move the shared clock, and support's watch may have expired it.
    assertThat(outcomes.get(4)).isIn("WAITING/null", "EXPIRED/NOBODY_CAME");
    // Camille booked a chat with a mechanic of the shop for the next weekday: its session waits
    // for its time (unless another test moved the shared clock past it).
    assertThat(
            jdbc.queryForList(
                "select s.status from consult_sessions s join users u on u.id = s.customer_id"
                    + " join bookings b on b.id = s.booking_id"
                    + " where u.email = 'camille.roy@example.test'"
                    + " and s.service_name = 'Ask a mechanic: chat'"
                    + " and s.booked_mechanic_id = b.mechanic_id and s.starts_at = b.starts_at",
                String.class))
        .isNotEmpty()
        .allMatch(status -> List.of("SCHEDULED", "WAITING", "EXPIRED").contains(status));
  }

  @Test
  void rosemontsFrenchSpeakingMechanicsWroteTheirBiosInFrenchAndTheOthersInEnglish() {
    assertThat(bioOf("olivier.lavoie@atelier-rosemont.test"))
        .isEqualTo(
            "Mécanicien certifié à Montréal. Je vous explique ce dont votre voiture a besoin"
                + " avant d’y toucher.");
    assertThat(bioOf("chloe.fortin@atelier-rosemont.test"))
        .isEqualTo(
            "Mécanicienne certifiée à Montréal. Je vous explique ce dont votre voiture a besoin"
                + " avant d’y toucher.");
    assertThat(bioOf("luc.bergeron@garage-plateau.test"))
        .isEqualTo(
            "Licensed mechanic in Montreal. I explain what your car needs before I touch it.");
    assertThat(bioOf("diego.hernandez@eastside-auto.test"))
        .isEqualTo("Licensed mechanic in Austin. I explain what your car needs before I touch it.");
  }

  private String bioOf(String email) {
    return jdbc.queryForObject(
        "select p.bio from mechanic_profiles p join users u on u.id = p.user_id where u.email = ?",
        String.class,
        email);
  }

  @Test
  void rosemontsTeamAndTwoMontrealCustomersReadFrenchWhileTheJourneysAccountsReadEnglish() {
    assertThat(
            jdbc.queryForList(
                "select email from users where language = 'fr' and email in (?, ?, ?, ?, ?)",
                String.class,
                "marc.gagnon@atelier-rosemont.test",
                "olivier.lavoie@atelier-rosemont.test",
                "chloe.fortin@atelier-rosemont.test",
                "camille.roy@example.test",
                "julien.bouchard@example.test"))
        .hasSize(5);
    assertThat(
            jdbc.queryForList(
                "select language from users where email in (?, ?, ?, ?)",
                String.class,
                DemoAccounts.SHOP_OWNERS.getFirst().email(),
                DemoAccounts.SHOP_OWNERS.getLast().email(),
                DemoAccounts.CUSTOMER.email(),
                DemoAccounts.ADMIN.email()))
        .containsExactly("en", "en", "en", "en");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from bookings b join users u on u.id = b.customer_id"
                    + " join shops s on s.id = b.shop_id"
                    + " where u.email in ('camille.roy@example.test', 'julien.bouchard@example.test')"
                    + " and s.city = 'Montreal' and (b.status = 'CONFIRMED'"
                    // A booked live chat: a test that moves the shared clock past its time lets
                    // the watch cancel it, as its mechanic never came.
                    + " or exists (select 1 from consult_sessions c where c.booking_id = b.id))",
                Long.class))
        // One each, and Camille's booked live chat.
        .isEqualTo(3);
  }

  @Test
  void everyDemoShopHasThreeOrFourCaptionedPhotosWithTheStorefrontAsCover() {
    var photos =
        jdbc.queryForList(
            """
            select s.slug, count(*) as photos, max(p.image_key) filter (where p.position = 0) as cover,
                   count(*) filter (where p.caption <> '') as captioned
            from shops s join shop_photos p on p.shop_id = s.id
            where s.slug in ('garage-du-plateau', 'atelier-rosemont', 'eastside-auto', 'pneus-masson')
            group by s.slug order by s.slug
            """);
    assertThat(photos)
        .extracting(row -> row.get("slug") + ":" + row.get("photos") + ":" + row.get("captioned"))
        .containsExactly(
            "atelier-rosemont:3:2",
            "eastside-auto:4:3",
            "garage-du-plateau:4:3",
            "pneus-masson:3:2");
    for (var row : photos) {
      String cover = (String) row.get("cover");
      assertThat(cover).startsWith("shop-photos/").endsWith(".jpg");
      assertThat(files.get(cover)).isPresent();
    }
  }

  @Test
  void demoShopsHaveRealisticSchedulesThatOfferSlots() {
    SignIn.as(userDetails, DemoAccounts.SHOP_OWNERS.getFirst().email());
    var plateau = myShops.ownedShops().getFirst();
    LocalDate today = LocalDate.now(clock);
    var schedule = schedules.schedule(plateau.id(), today, today.plusDays(30));

    assertThat(schedule.mechanics()).hasSize(3);
    assertThat(schedule.windows())
        .extracting(w -> w.hours().multiplier().toPlainString())
        .contains("1.00", "1.50", "0.80");
    assertThat(schedule.timeOff()).isNotEmpty();
    assertThat(schedule.overrides()).isNotEmpty();
    assertThat(
            availability.slots(
                plateau.id(),
                ScheduleFixtures.service(60, new Money(8500, "CAD"), OfferingMode.IN_SHOP),
                null,
                today,
                today.plusDays(7)))
        .isNotEmpty();
  }

  @Test
  void everyDemoMechanicsHoursLieWithinTheirShopsOpeningHours() {
    // The demo's services are done at the shop: hours outside the shop's would never be offered.
    String demoShops =
        DemoShops.all().stream()
            .map(d -> "'" + d.draft().slug() + "'")
            .collect(Collectors.joining(", "));
    assertThat(
            jdbc.queryForObject(
                "select count(*) from availability_windows w join shops s on s.id = w.shop_id"
                    + " where s.slug in ("
                    + demoShops
                    + ")",
                Integer.class))
        .isGreaterThanOrEqualTo(40);
    assertThat(
            jdbc.queryForList(
                "select s.slug || ' ' || w.day_of_week || ' ' || w.start_time || '-' || w.end_time"
                    + " from availability_windows w join shops s on s.id = w.shop_id"
                    + " where s.slug in ("
                    + demoShops
                    + ") and not exists (select 1 from shop_opening_hours h"
                    + " where h.shop_id = w.shop_id and h.day_of_week = w.day_of_week"
                    + " and h.opens_at <= w.start_time and w.end_time <= h.closes_at)",
                String.class))
        .isEmpty();
    assertThat(
            jdbc.queryForList(
                "select s.slug || ' ' || o.on_date || ' ' || o.start_time || '-' || o.end_time"
                    + " from schedule_overrides o join shops s on s.id = o.shop_id"
                    + " where s.slug in ("
                    + demoShops
                    + ") and o.start_time is not null and not exists (select 1 from"
                    + " shop_opening_hours h where h.shop_id = o.shop_id"
                    + " and h.day_of_week = extract(isodow from o.on_date)"
                    + " and h.opens_at <= o.start_time and o.end_time <= h.closes_at)",
                String.class))
        .isEmpty();
  }

  @Test
  void emmaHasAnUpcomingBookingAndTheShopsHaveSeveral() {
    SignIn.as(userDetails, DemoAccounts.CUSTOMER.email());
    assertThat(myBookings.list())
        .filteredOn(b -> b.status() == BookingStatus.CONFIRMED)
        .singleElement()
        .satisfies(b -> assertThat(b.shopName()).isEqualTo("Garage du Plateau"));
    assertThat(
            jdbc.queryForObject(
                "select count(*) from bookings where status = 'CONFIRMED'", Long.class))
        .isGreaterThanOrEqualTo(8);
  }

  @Test
  void demoJobsFillEveryColumnAndEmmasWaitsForHerApproval() {
    assertThat(jdbc.queryForList("select distinct status from jobs", String.class))
        .contains(
            "REQUESTED",
            "ACCEPTED",
            "IN_PROGRESS",
            "WAITING_PARTS",
            "WAITING_APPROVAL",
            "COMPLETED");
    SignIn.as(userDetails, DemoAccounts.CUSTOMER.email());
    var emmas = myBookings.list().getFirst();
    assertThat(emmas.shopName()).isEqualTo("Garage du Plateau");
    assertThat(jobs.forMyBooking(emmas.id()))
        .hasValueSatisfying(
            job -> {
              assertThat(job.job().status()).isEqualTo(JobStatus.WAITING_APPROVAL);
              assertThat(job.lines())
                  .extracting(JobDetails.Line::description)
                  .containsExactly(
                      "Replace front pads and rotors", "Front rotors (pair)", "Cabin air filter");
            });
  }

  @Test
  void completedDemoJobsOweTheirTotalOnInvoicesAtRosemontAsTheReadmeSays() {
    // Other tests share this database: count only the demo shop the README names.
    String shop = "select id from shops where slug = 'atelier-rosemont'";
    Integer completed =
        jdbc.queryForObject(
            "select count(*) from jobs where status = 'COMPLETED' and shop_id = (" + shop + ")",
            Integer.class);
    assertThat(completed).isPositive();
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                jdbc.queryForObject(
                    "select count(*) from payments p join invoices i on i.payment_id = p.id"
                        + " where p.gateway = 'OFFLINE' and p.shop_id = ("
                        + shop
                        + ")",
                    Integer.class),
            invoiced -> invoiced.equals(completed));
  }

  @Test
  void emmaHasTheReadmesApiToken() {
    SignIn.as(userDetails, DemoAccounts.CUSTOMER.email());
    assertThat(apiTokens.mine())
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.name()).isEqualTo("Demo script");
              assertThat(t.hint()).isEqualTo(DemoAccounts.CUSTOMER_API_TOKEN.substring(0, 8));
            });
    assertThat(
            jdbc.queryForObject(
                "select count(*) from api_tokens where token_hash = ?",
                Long.class,
                SecretTokens.hash(DemoAccounts.CUSTOMER_API_TOKEN)))
        .isEqualTo(1);
  }

  @Test
  void theAdminHasTheReadmesOperationsTokenWhichWorksOnlyUnderTheOperationsApi() throws Exception {
    SignIn.as(userDetails, DemoAccounts.ADMIN.email());
    assertThat(apiTokens.mine())
        .filteredOn(t -> t.name().equals("Demo operations"))
        .singleElement()
        .satisfies(t -> assertThat(t.scope()).isEqualTo(ApiTokenScope.OPS));
    assertThat(
            jdbc.queryForObject(
                "select count(*) from api_tokens t join users u on u.id = t.user_id"
                    + " where t.token_hash = ? and t.scope = 'OPS' and u.email = ?",
                Long.class,
                SecretTokens.hash(DemoAccounts.ADMIN_OPS_API_TOKEN),
                DemoAccounts.ADMIN.email()))
        .isEqualTo(1);
    SecurityContextHolder.clearContext();
    MockMvc mvc =
        MockMvcBuilders.webAppContextSetup(web)
            .apply(SecurityMockMvcConfigurers.springSecurity())
            .build();
    String ops = "Bearer " + DemoAccounts.ADMIN_OPS_API_TOKEN;

    // Signed in and let through: the operation itself answers (no such booking, no such payment).
    MockHttpServletResponse cancel =
        mvc.perform(
                post("/api/v1/ops/force-cancel")
                    .header("Authorization", ops)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        "{\"booking\": \"" + UUID.randomUUID() + "\", \"reason\": \"Closed\"}"))
            .andReturn()
            .getResponse();
    assertThat(cancel.getStatus()).as(cancel.getContentAsString()).isEqualTo(404);
    MockHttpServletResponse refund =
        mvc.perform(
                post("/api/v1/ops/refund")
                    .header("Authorization", ops)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        "{\"payment\": \""
                            + UUID.randomUUID()
                            + "\", \"amount\": 100, \"reason\": \"Goodwill\"}"))
            .andReturn()
            .getResponse();
    assertThat(refund.getStatus()).as(refund.getContentAsString()).isEqualTo(404);

    // Refused everywhere else, and Emma's booking token is refused there.
    for (String elsewhere : List.of("/api/v1/bookings", "/api/v1/me/export")) {
      MockHttpServletResponse refused =
          mvc.perform(get(elsewhere).header("Authorization", ops)).andReturn().getResponse();
      assertThat(refused.getStatus()).as(elsewhere).isEqualTo(403);
      assertThat(refused.getContentAsString()).contains("only for calls under /api/v1/ops");
    }
    MockHttpServletResponse emma =
        mvc.perform(
                post("/api/v1/ops/force-cancel")
                    .header("Authorization", "Bearer " + DemoAccounts.CUSTOMER_API_TOKEN)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        "{\"booking\": \"" + UUID.randomUUID() + "\", \"reason\": \"Closed\"}"))
            .andReturn()
            .getResponse();
    assertThat(emma.getStatus()).isEqualTo(403);
  }

  private long count(String role, String text) {
    return directory.count(new UserFilter(text, role, null));
  }
}
