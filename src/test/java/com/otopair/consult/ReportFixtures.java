package com.otopair.consult;

import com.otopair.base.Money;
import com.otopair.identity.UserProvisioning;
import com.otopair.shops.Offering;
import com.otopair.shops.OfferingCategory;
import com.otopair.shops.OfferingMode;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.SignIn;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A live session Alex took and that has ended, at a shop with an in-shop brake service (and one it
 * no longer offers), with two intake photos: what a summary is written about. Every call makes new
 * ones, so tests own their data.
 */
public record ReportFixtures(
    ConsultFixtures consult, UUID session, UUID brakes, UUID retired, List<String> photoKeys) {

  public static ReportFixtures create(
      UserProvisioning users,
      ShopProvisioning shops,
      ShopMembership membership,
      UserDetailsService userDetails,
      LiveSessions live,
      SessionQueue queue,
      JdbcTemplate jdbc) {
    ConsultFixtures consult = ConsultFixtures.create(users, shops, membership);
    UUID shop = consult.shop().shopId();
    UUID brakes = shops.addOffering(shop, inShop("Brake pads and rotors", true));
    UUID retired = shops.addOffering(shop, inShop("Winter tire swap", false));
    SignIn.as(userDetails, consult.customerEmail());
    UUID session = live.request(consult.request("A grinding noise when I brake."));
    SignIn.as(userDetails, consult.shop().alexEmail());
    queue.claim(session);
    live.end(session);
    SecurityContextHolder.clearContext();
    List<String> keys =
        List.of("session-photos/" + UUID.randomUUID(), "session-photos/" + UUID.randomUUID());
    for (int i = 0; i < keys.size(); i++) {
      jdbc.update(
          "insert into consult_photos (id, session_id, position, file_key, added_at)"
              + " values (?, ?, ?, ?, ?)",
          UUID.randomUUID(),
          session,
          i + 1,
          keys.get(i),
          Timestamp.from(Instant.now()));
    }
    return new ReportFixtures(consult, session, brakes, retired, keys);
  }

  private static Offering inShop(String name, boolean active) {
    return new Offering(
        null,
        name,
        "At the shop.",
        OfferingCategory.BRAKES,
        90,
        new Money(18000, "CAD"),
        OfferingMode.IN_SHOP,
        active);
  }

  public String mechanicEmail() {
    return consult.shop().alexEmail();
  }

  public String customerEmail() {
    return consult.customerEmail();
  }

  /** A complete draft: pads and an hour of labour, to book the brake service, one photo. */
  public ReportDraft draft(@Nullable UUID repair) {
    return new ReportDraft(
        "The front pads are worn to 2 mm.",
        "We listened to the noise on a video call.",
        List.of(
            new ReportLine(
                ReportLine.Kind.PART, "Front brake pads", BigDecimal.ONE, new Money(8950, "CAD")),
            new ReportLine(
                ReportLine.Kind.LABOUR,
                "Replace the pads",
                new BigDecimal("1.5"),
                new Money(10000, "CAD"))),
        "Book the brake service this month.",
        ReportUrgency.URGENT,
        repair,
        List.of(photoKeys.get(0)));
  }

  public ReportDraft draft() {
    return draft(brakes);
  }
}
