package com.otopair.shops;

import com.otopair.base.FileStore;
import com.otopair.base.Images;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.NotFoundException;
import com.otopair.base.PlainText;
import com.otopair.base.Roles;
import com.otopair.shops.domain.ShopPhotoEntity;
import com.otopair.shops.domain.ShopPhotoRepository;
import com.otopair.shops.domain.ShopRepository;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The photos on a shop's public page, in the order its owner chose: the first is the cover. Every
 * change takes turns on the shop's row, so two uploads at once can't pass the limit, and the
 * database refuses a ninth photo anyway.
 */
@Service
@Transactional
public class ShopPhotos {

  public static final int MAX_PHOTOS = 8;
  public static final int MAX_CAPTION = 140;
  static final String PHOTO_NOT_FOUND = "shops.photos.not-found";

  private final ShopPhotoRepository photos;
  private final ShopRepository shops;
  private final ShopAccess access;
  private final FileStore files;
  private final Clock clock;

  ShopPhotos(
      ShopPhotoRepository photos,
      ShopRepository shops,
      ShopAccess access,
      FileStore files,
      Clock clock) {
    this.photos = photos;
    this.shops = shops;
    this.access = access;
    this.files = files;
    this.clock = clock;
  }

  /** The photos of one of the signed-in owner's shops, cover first. */
  @PreAuthorize("hasRole('" + Roles.SHOP_OWNER + "')")
  @Transactional(readOnly = true)
  public List<ShopPhoto> forOwner(UUID shopId) {
    access.requireOwner(shopId);
    return list(shopId);
  }

  /** The photos of a live shop, cover first, as its public page shows them. */
  @Transactional(readOnly = true)
  public List<ShopPhoto> publicPhotos(UUID shopId) {
    boolean live =
        shops.findById(shopId).map(s -> s.getStatus() == ShopStatus.ACTIVE).orElse(false);
    return live ? list(shopId) : List.of();
  }

  /** Adds a photo at the end: a PNG, JPEG or WebP, stored small and without its camera data. */
  @PreAuthorize("hasRole('" + Roles.SHOP_OWNER + "')")
  public ShopPhoto add(UUID shopId, byte[] image, String caption) {
    access.requireOwner(shopId);
    return addFor(shopId, image, caption);
  }

  /** The same without the owner check: for demo data. */
  ShopPhoto addFor(UUID shopId, byte[] image, String caption) {
    String clean = checkCaption(caption);
    shops.lockById(shopId).orElseThrow(() -> new NotFoundException(ShopAccess.NOT_FOUND));
    long count = photos.countByShopId(shopId);
    if (count >= MAX_PHOTOS) {
      throw new InvalidRequestException("photo", "shops.photos.limit", MAX_PHOTOS);
    }
    Images.Picture picture = Images.photo(image, "photo");
    String key = files.put("shop-photos", picture.content(), picture.contentType());
    afterRollback(key);
    var photo =
        photos.saveAndFlush(new ShopPhotoEntity(shopId, (int) count, clean, key, clock.instant()));
    return photo(photo);
  }

  /** Changes a photo's caption; a blank one is allowed. */
  @PreAuthorize("hasRole('" + Roles.SHOP_OWNER + "')")
  public void caption(UUID shopId, UUID photoId, String caption) {
    String clean = checkCaption(caption);
    ownedPhoto(shopId, photoId).setCaption(clean);
  }

  /**
   * Moves a photo to {@code position} (0 makes it the cover), shifting the others; a position past
   * either end stops there.
   */
  @PreAuthorize("hasRole('" + Roles.SHOP_OWNER + "')")
  public void move(UUID shopId, UUID photoId, int position) {
    ShopPhotoEntity moved = ownedPhoto(shopId, photoId);
    List<ShopPhotoEntity> order = new ArrayList<>(photos.findByShopIdOrderByPositionAsc(shopId));
    order.remove(moved);
    order.add(Math.clamp(position, 0, order.size()), moved);
    renumber(order);
  }

  /** Removes a photo; the ones after it move up. */
  @PreAuthorize("hasRole('" + Roles.SHOP_OWNER + "')")
  public void remove(UUID shopId, UUID photoId) {
    ShopPhotoEntity removed = ownedPhoto(shopId, photoId);
    photos.delete(removed);
    List<ShopPhotoEntity> rest = new ArrayList<>(photos.findByShopIdOrderByPositionAsc(shopId));
    rest.remove(removed);
    renumber(rest);
    afterCommit(removed.getImageKey());
  }

  private ShopPhotoEntity ownedPhoto(UUID shopId, UUID photoId) {
    access.requireOwner(shopId);
    shops.lockById(shopId).orElseThrow(() -> new NotFoundException(ShopAccess.NOT_FOUND));
    return photos
        .findById(photoId)
        .filter(p -> p.getShopId().equals(shopId))
        .orElseThrow(() -> new NotFoundException(PHOTO_NOT_FOUND));
  }

  private static void renumber(List<ShopPhotoEntity> order) {
    for (int i = 0; i < order.size(); i++) {
      order.get(i).setPosition(i);
    }
  }

  private static String checkCaption(String caption) {
    String clean = caption.strip();
    PlainText.requireLine("caption", clean);
    if (clean.length() > MAX_CAPTION) {
      throw new InvalidRequestException("caption", "shops.photos.caption.too-long", MAX_CAPTION);
    }
    return clean;
  }

  private List<ShopPhoto> list(UUID shopId) {
    return photos.findByShopIdOrderByPositionAsc(shopId).stream().map(ShopPhotos::photo).toList();
  }

  private static ShopPhoto photo(ShopPhotoEntity photo) {
    return new ShopPhoto(
        photo.getId(), photo.getPosition(), photo.getCaption(), FileStore.url(photo.getImageKey()));
  }

  /** A stored file that its row never reached (the transaction failed) is deleted. */
  private void afterRollback(String key) {
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCompletion(int status) {
            if (status != STATUS_COMMITTED) {
              files.delete(key);
            }
          }
        });
  }

  /** A removed photo's file goes once the removal is committed. */
  private void afterCommit(String key) {
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            files.delete(key);
          }
        });
  }
}
