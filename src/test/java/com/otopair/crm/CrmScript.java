package com.otopair.crm;

import com.otopair.booking.BookingFixtures;
import com.otopair.identity.UserProvisioning;
import com.otopair.scheduling.ScheduleFixtures;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;

/**
 * A scripted set of interactions for the funnel's and the CRM page's tests, at a shop of their own
 * (Toronto time) for customers of their own, on days long past, so the counts are exact.
 *
 * <p>From {@link #START} (a Monday, 15:00 UTC): customers 0 and 1 came from Talk now and went
 * through session, summary and an upsell shown; 0 also clicked it and booked the next day. 2 came
 * from a shop's page and had a session. 3 came from Find but their only session was before their
 * intake. 4 had a session and never an intake. 5 came from Talk now and only asked a follow-up.
 * Customer 6 started an intake at the other shop.
 */
public record CrmScript(
    UUID shop, UUID otherShop, List<UUID> customers, List<String> emails, Instant start) {

  /** Monday March 4, 2019, 15:00 UTC (10:00 in Toronto). */
  public static final Instant START = Instant.parse("2019-03-04T15:00:00Z");

  public static CrmScript write(ApplicationContext beans, Interactions interactions) {
    return write(beans, interactions, START);
  }

  /** The same script from another Monday 15:00 UTC, for counts over every shop. */
  public static CrmScript write(
      ApplicationContext beans, Interactions interactions, Instant start) {
    UserProvisioning users = beans.getBean(UserProvisioning.class);
    ShopProvisioning shops = beans.getBean(ShopProvisioning.class);
    ShopMembership membership = beans.getBean(ShopMembership.class);
    UUID shop = ScheduleFixtures.create(users, shops, membership, "America/Toronto").shopId();
    UUID other = ScheduleFixtures.create(users, shops, membership, "America/Toronto").shopId();
    List<String> emails = BookingFixtures.customers(users, 7);
    List<UUID> ids = emails.stream().map(email -> users.findByEmail(email).orElseThrow()).toList();
    var script = new CrmScript(shop, other, ids, emails, start);
    script.write(interactions);
    return script;
  }

  private void write(Interactions interactions) {
    for (int i : new int[] {0, 1}) {
      begin(interactions, i, EntryPoint.TALK_NOW, shop, start);
      step(interactions, i, InteractionKind.SESSION, start.plus(Duration.ofHours(1)));
      step(interactions, i, InteractionKind.SUMMARY_VIEWED, start.plus(Duration.ofHours(2)));
      interactions.record(
          InteractionKind.UPSELL_SHOWN,
          UUID.randomUUID(),
          customers.get(i),
          null,
          EntryPoint.UPSELL,
          start.plus(Duration.ofHours(3)));
    }
    begin(interactions, 0, EntryPoint.UPSELL, null, start.plus(Duration.ofMinutes(190)));
    step(interactions, 0, InteractionKind.BOOKING, start.plus(Duration.ofDays(1)));
    begin(interactions, 2, EntryPoint.SHOP_PAGE, shop, start);
    step(interactions, 2, InteractionKind.SESSION, start.plus(Duration.ofHours(1)));
    step(interactions, 3, InteractionKind.SESSION, start.minus(Duration.ofHours(1)));
    begin(interactions, 3, EntryPoint.FIND, shop, start);
    step(interactions, 4, InteractionKind.SESSION, start);
    begin(interactions, 5, EntryPoint.TALK_NOW, shop, start);
    step(interactions, 5, InteractionKind.FOLLOW_UP, start.plus(Duration.ofHours(2)));
    interactions.record(
        InteractionKind.INTAKE_STARTED,
        UUID.randomUUID(),
        customers.get(6),
        otherShop,
        EntryPoint.TALK_NOW,
        start);
  }

  /** An intake at a shop, or (no shop) a click on an upsell card. */
  private void begin(
      Interactions interactions, int customer, EntryPoint entry, @Nullable UUID at, Instant when) {
    interactions.record(
        at == null ? InteractionKind.UPSELL_CLICKED : InteractionKind.INTAKE_STARTED,
        UUID.randomUUID(),
        customers.get(customer),
        at,
        entry,
        when);
  }

  private void step(Interactions interactions, int customer, InteractionKind kind, Instant when) {
    interactions.recordStep(kind, UUID.randomUUID(), customers.get(customer), shop, when);
  }
}
