package com.otopair.shops;

import com.otopair.base.InvalidRequestException;
import com.otopair.base.Money;
import com.otopair.base.PlainText;
import com.otopair.base.Roles;
import com.otopair.base.VideoAvailability;
import com.otopair.shops.domain.OfferingEntity;
import com.otopair.shops.domain.OfferingRepository;
import com.otopair.shops.domain.Shop;
import com.otopair.shops.domain.ShopRepository;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A shop's service menu: what it offers, how long it takes, what it costs, where it happens. Video
 * services are on the public menus only while video calls are available ({@link
 * VideoAvailability}); the owner always sees them.
 */
@Service
@Transactional
public class ServiceMenu {

  public static final int MAX_NAME = 120;
  public static final int MAX_DESCRIPTION = 1000;

  private final OfferingRepository offerings;
  private final ShopRepository shops;
  private final ShopAccess access;
  private final Clock clock;
  private final VideoAvailability video;

  ServiceMenu(
      OfferingRepository offerings,
      ShopRepository shops,
      ShopAccess access,
      Clock clock,
      ObjectProvider<VideoAvailability> video) {
    this.offerings = offerings;
    this.shops = shops;
    this.access = access;
    this.clock = clock;
    this.video = video.getIfAvailable(() -> VideoAvailability.NONE);
  }

  /** Whether video services can be offered now; without it they are left off the public menus. */
  @Transactional(readOnly = true)
  public boolean videoAvailable() {
    return video.available();
  }

  /** Every service of one of the signed-in owner's shops, active or not. */
  @PreAuthorize("hasRole('" + Roles.SHOP_OWNER + "')")
  @Transactional(readOnly = true)
  public List<Offering> forOwner(UUID shopId) {
    access.requireOwner(shopId);
    return offerings.findByShopIdOrderByCategoryAscNameAsc(shopId).stream()
        .map(ServiceMenu::offering)
        .toList();
  }

  /**
   * The active services of a live shop, as its public page lists them: one query, which reads the
   * shop's status without loading the shop.
   */
  @Transactional(readOnly = true)
  public List<Offering> publicMenu(UUID shopId) {
    return offerings.liveOfShop(shopId).stream()
        .map(ServiceMenu::offering)
        .filter(this::offered)
        .toList();
  }

  /**
   * One service of the public menu, if customers can book it now (active, of a live shop, and for
   * video only while video works): what each slot query and hold asks, in one query.
   */
  @Transactional(readOnly = true)
  public Optional<Offering> publicOffering(UUID shopId, UUID offeringId) {
    return offerings
        .liveOffering(shopId, offeringId)
        .map(ServiceMenu::offering)
        .filter(this::offered);
  }

  /**
   * The same for many shops at once, by shop, in one query: the shops that are not live, or have no
   * active service, are left out.
   */
  @Transactional(readOnly = true)
  public Map<UUID, List<Offering>> publicMenus(Collection<UUID> shopIds) {
    if (shopIds.isEmpty()) {
      return Map.of();
    }
    return offerings.liveOfShops(shopIds).stream()
        .filter(o -> o.getMode() != OfferingMode.REMOTE_VIDEO || video.available())
        .collect(
            Collectors.groupingBy(
                OfferingEntity::getShopId,
                Collectors.mapping(ServiceMenu::offering, Collectors.toList())));
  }

  /** Adds a service (no id) or changes one; the price is in the shop's currency. */
  @PreAuthorize("hasRole('" + Roles.SHOP_OWNER + "')")
  public UUID save(UUID shopId, Offering offering) {
    access.requireOwner(shopId);
    return saveFor(shopId, offering);
  }

  /** The same without the owner check: for demo data. */
  UUID saveFor(UUID shopId, Offering offering) {
    Shop shop = shops.findById(shopId).orElseThrow();
    String currency = shop.getCountry().equals("US") ? "USD" : "CAD";
    if (offering.name() == null || offering.name().isBlank()) {
      throw new InvalidRequestException("name", "shops.services.name.required");
    }
    PlainText.requireLine("name", offering.name());
    PlainText.requireLines("description", offering.description());
    if (offering.name().trim().length() > MAX_NAME) {
      throw new InvalidRequestException("name", "shops.rules.too-long", MAX_NAME);
    }
    if (offering.description().length() > MAX_DESCRIPTION) {
      throw new InvalidRequestException("description", "shops.rules.too-long", MAX_DESCRIPTION);
    }
    if (offering.durationMinutes() < 5 || offering.durationMinutes() > 720) {
      throw new InvalidRequestException("duration", "shops.services.duration.range");
    }
    if (offering.price().minor() < 0) {
      throw new InvalidRequestException("price", "shops.services.price.negative");
    }
    if (!offering.price().currency().equals(currency)) {
      throw new InvalidRequestException("price", "shops.services.price.currency", currency);
    }
    OfferingEntity entity;
    if (offering.id() == null) {
      entity = new OfferingEntity(shopId, clock.instant());
    } else {
      entity =
          offerings
              .findById(offering.id())
              .filter(o -> o.getShopId().equals(shopId))
              .orElseThrow(() -> new InvalidRequestException("shops.services.not-found"));
    }
    entity.describe(
        offering.name(),
        offering.description(),
        offering.category(),
        offering.durationMinutes(),
        offering.price().minor(),
        currency,
        offering.mode(),
        offering.active());
    return offerings.save(entity).getId();
  }

  /** Where a service happens, for listeners of bookings (no signed-in user needed). */
  @Transactional(readOnly = true)
  public Optional<OfferingMode> modeOf(UUID offeringId) {
    return offerings.modeOf(offeringId);
  }

  /** The currency of a shop's prices. */
  @Transactional(readOnly = true)
  public String currencyOf(UUID shopId) {
    return shops
        .findById(shopId)
        .map(s -> s.getCountry().equals("US") ? "USD" : "CAD")
        .orElse("CAD");
  }

  /** A video service only while video calls are available. */
  private boolean offered(Offering offering) {
    return offering.mode() != OfferingMode.REMOTE_VIDEO || video.available();
  }

  private static Offering offering(OfferingEntity entity) {
    return new Offering(
        entity.getId(),
        entity.getName(),
        entity.getDescription(),
        entity.getCategory(),
        entity.getDurationMinutes(),
        new Money(entity.getPriceMinor(), entity.getCurrency()),
        entity.getMode(),
        entity.isActive());
  }
}
