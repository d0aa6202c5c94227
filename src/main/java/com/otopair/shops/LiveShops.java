package com.otopair.shops;

import com.otopair.shops.domain.ShopRepository;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public address and name of live shops, for other modules that link to a shop's page (the
 * CRM's recommendations). A shop that is not live (pending, deactivated) is left out.
 */
@Service
@Transactional(readOnly = true)
public class LiveShops {

  /** A live shop's address ({@code slug}) and name. */
  public record LiveShop(UUID id, String slug, String name) {}

  private final ShopRepository shops;

  LiveShops(ShopRepository shops) {
    this.shops = shops;
  }

  /** Those of these shops that are live, by id, in one query. */
  public Map<UUID, LiveShop> of(Collection<UUID> shopIds) {
    if (shopIds.isEmpty()) {
      return Map.of();
    }
    return shops.findAllById(shopIds).stream()
        .filter(s -> s.getStatus() == ShopStatus.ACTIVE)
        .map(s -> new LiveShop(s.getId(), s.getSlug(), s.getName()))
        .collect(Collectors.toMap(LiveShop::id, Function.identity()));
  }
}
