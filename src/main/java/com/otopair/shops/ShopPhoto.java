package com.otopair.shops;

import com.otopair.base.I18n;
import java.util.UUID;

/**
 * A photo of a shop as its page shows it: {@code position} 0 is the cover; {@code caption} may be
 * blank.
 */
public record ShopPhoto(UUID id, int position, String caption, String url) {

  /** What a screen reader says for it: the caption, or which photo of which shop it is. */
  public String altText(String shopName) {
    return caption.isBlank() ? I18n.t("shops.photos.alt", position + 1, shopName) : caption;
  }
}
