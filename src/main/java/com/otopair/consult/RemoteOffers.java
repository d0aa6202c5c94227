package com.otopair.consult;

import com.otopair.base.GeoPoint;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.PlainText;
import com.otopair.booking.MechanicsOnline;
import com.otopair.shops.Geocoder;
import com.otopair.shops.Offering;
import com.otopair.shops.OfferingMode;
import com.otopair.shops.ServiceMenu;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopService;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Talk to a mechanic now": the remote services (chat or video) of live shops that have a mechanic
 * online this minute, anywhere in Canada and the US or near a place. It starts from the mechanics
 * online, so it reads the same four queries however many shops Otopair lists.
 */
@Service
@Transactional(readOnly = true)
public class RemoteOffers implements MechanicsOnline {

  /** How far from the place asked about a shop may be. */
  public static final int NEAR_KM = 100;

  /** At most this many offers are listed; a place narrows a longer list. */
  public static final int MAX_OFFERS = 60;

  /**
   * What a visitor looks for: near a city or postal code (or anywhere), by chat or video (or both).
   */
  public record Query(@Nullable String near, @Nullable OfferingMode mode) {

    public static final Query ANYWHERE = new Query(null, null);
  }

  /** A remote service a mechanic can take now, how many of its shop's mechanics are online. */
  public record Offer(
      ShopMembership.LiveShop shop,
      Offering service,
      int mechanicsOnline,
      @Nullable Double distanceKm) {}

  private final MechanicPresence presence;
  private final ShopMembership membership;
  private final ServiceMenu menu;
  private final ShopService shops;

  RemoteOffers(
      MechanicPresence presence, ShopMembership membership, ServiceMenu menu, ShopService shops) {
    this.presence = presence;
    this.membership = membership;
    this.menu = menu;
    this.shops = shops;
  }

  /**
   * The remote services customers can start now: nearest first near a place, otherwise the shops
   * with the most mechanics online first.
   */
  public List<Offer> onlineNow(Query query) {
    @Nullable GeoPoint centre = centre(query.near());
    Set<UUID> online = presence.onlineNow();
    Map<UUID, ShopMembership.LiveShop> live =
        membership.liveShopsOfMechanics(online).stream()
            .filter(s -> centre == null || centre.kilometresTo(s.position()) <= NEAR_KM)
            .collect(Collectors.toMap(ShopMembership.LiveShop::id, s -> s));
    Comparator<Offer> order =
        Comparator.comparingInt(Offer::mechanicsOnline)
            .reversed()
            .thenComparing(o -> o.shop().name())
            .thenComparingLong(o -> o.service().price().minor());
    if (centre != null) {
      order = Comparator.comparing(Offer::distanceKm).thenComparing(order);
    }
    return menu.publicMenus(live.keySet()).entrySet().stream()
        .flatMap(
            entry ->
                entry.getValue().stream()
                    .filter(service -> remote(service, query.mode()))
                    .map(service -> offer(live.get(entry.getKey()), service, centre)))
        .sorted(order)
        .limit(MAX_OFFERS)
        .toList();
  }

  @Override
  public Set<UUID> shopsToTalkToNow(Collection<UUID> shopIds) {
    Set<UUID> wanted = new HashSet<>(shopIds);
    List<UUID> withSomeoneOnline =
        membership.liveShopsOfMechanics(presence.onlineNow()).stream()
            .map(ShopMembership.LiveShop::id)
            .filter(wanted::contains)
            .toList();
    return menu.publicMenus(withSomeoneOnline).entrySet().stream()
        .filter(entry -> entry.getValue().stream().anyMatch(s -> remote(s, null)))
        .map(Map.Entry::getKey)
        .collect(Collectors.toSet());
  }

  private @Nullable GeoPoint centre(@Nullable String near) {
    if (near == null || near.isBlank()) {
      return null;
    }
    PlainText.requireLine("near", near);
    return shops
        .findPlace(near)
        .map(Geocoder.Place::centre)
        .orElseThrow(() -> new InvalidRequestException("near", "consult.talk.near.unknown"));
  }

  private static boolean remote(Offering service, @Nullable OfferingMode mode) {
    return service.mode() != OfferingMode.IN_SHOP && (mode == null || service.mode() == mode);
  }

  private static Offer offer(
      ShopMembership.LiveShop shop, Offering service, @Nullable GeoPoint centre) {
    return new Offer(
        shop,
        service,
        shop.mechanics().size(),
        centre == null ? null : centre.kilometresTo(shop.position()));
  }
}
