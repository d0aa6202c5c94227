package com.otopair.shops;

import com.otopair.base.PlainText;
import com.otopair.shops.domain.Shop;
import com.otopair.shops.domain.ShopRepository;
import com.otopair.shops.domain.SlugRedirectRepository;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public address, name and time zone of live shops, for other modules that link to a shop's
 * page (the CRM's recommendations) or name one by its slug (the booking API's slots and holds,
 * without the team and hours {@link ShopService#publicPage} reads too). A shop that is not live
 * (pending, deactivated) is left out. Anyone may ask, as anyone may open a live shop's page.
 */
@Service
@Transactional(readOnly = true)
public class LiveShops {

  /** A live shop's address ({@code slug}), name and time zone. */
  public record LiveShop(UUID id, String slug, String name, ZoneId zone) {

    static LiveShop of(Shop shop) {
      return new LiveShop(
          shop.getId(), shop.getSlug(), shop.getName(), ZoneId.of(shop.getTimeZone()));
    }
  }

  private final ShopRepository shops;
  private final SlugRedirectRepository redirects;

  LiveShops(ShopRepository shops, SlugRedirectRepository redirects) {
    this.shops = shops;
    this.redirects = redirects;
  }

  /** The live shop at {@code slug}, or at the slug it moved to. */
  public Optional<LiveShop> find(String slug) {
    if (!PlainText.isLine(slug)) {
      return Optional.empty(); // no slug has a control character
    }
    // Read without the shop's opening hours: the API asks this on every slot query and hold.
    return shops
        .liveNamingOf(slug)
        .map(s -> new LiveShop(s.id(), s.slug(), s.name(), ZoneId.of(s.timeZone())))
        .or(
            () ->
                shops.existsBySlug(slug)
                    ? Optional.empty()
                    : redirects
                        .findById(slug)
                        .flatMap(r -> shops.findById(r.getShopId()))
                        .filter(s -> s.getStatus() == ShopStatus.ACTIVE)
                        .map(LiveShop::of));
  }

  /** Those of these shops that are live, by id, in one query. */
  public Map<UUID, LiveShop> of(Collection<UUID> shopIds) {
    if (shopIds.isEmpty()) {
      return Map.of();
    }
    return shops.findAllById(shopIds).stream()
        .filter(s -> s.getStatus() == ShopStatus.ACTIVE)
        .map(LiveShop::of)
        .collect(Collectors.toMap(LiveShop::id, Function.identity()));
  }
}
