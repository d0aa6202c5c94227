package com.otopair.shops;

import com.otopair.shops.domain.Shop;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shops created by Otopair itself rather than through the owner's form: the demo data. The same
 * validation as {@link ShopService#submit}; not reachable from any view.
 */
@Service
@Transactional
public class ShopProvisioning {

  private final ShopService shops;
  private final ServiceMenu menu;
  private final ShopPhotos photos;

  ShopProvisioning(ShopService shops, ServiceMenu menu, ShopPhotos photos) {
    this.shops = shops;
    this.menu = menu;
    this.photos = photos;
  }

  /** A live shop owned by {@code ownerId}. */
  public UUID createLiveShop(UUID ownerId, ShopDraft draft) {
    Shop shop = shops.create(ownerId, draft);
    shop.approve();
    return shop.getId();
  }

  /** A shop awaiting an admin's approval, owned by {@code ownerId}. */
  public UUID createPendingShop(UUID ownerId, ShopDraft draft) {
    return shops.create(ownerId, draft).getId();
  }

  /** Adds a service to a shop's menu. */
  public UUID addOffering(UUID shopId, Offering offering) {
    return menu.saveFor(shopId, offering);
  }

  /** Adds a photo to a shop's page, after the ones it has. */
  public UUID addPhoto(UUID shopId, byte[] image, String caption) {
    return photos.addFor(shopId, image, caption).id();
  }
}
