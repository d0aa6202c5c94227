package com.otopair.shops.ui;

import com.otopair.shops.ShopPhoto;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/**
 * A shop's photos on its public page: a strip that scrolls sideways inside itself on a phone and a
 * grid on a laptop. Each photo opens full size; its caption is its text for screen readers.
 */
class ShopGallery extends Div {

  ShopGallery(List<ShopPhoto> photos, String shopName) {
    addClassName("otopair-card");
    addClassName("otopair-shop-gallery");
    setId("shop-photos");
    var strip = new Div();
    strip.addClassName("otopair-gallery-strip");
    strip.getElement().setAttribute("role", "list");
    for (ShopPhoto photo : photos) {
      var image = new Image(photo.url(), photo.altText(shopName));
      lazy(image);
      var link = new Anchor(photo.url(), image);
      link.setTarget("_blank");
      link.addClassName("otopair-gallery-photo");
      var figure = new Div(link);
      figure.addClassName("otopair-gallery-item");
      figure.getElement().setAttribute("role", "listitem");
      if (!photo.caption().isBlank()) {
        var caption = new Span(photo.caption());
        caption.addClassName("otopair-gallery-caption");
        figure.add(caption);
      }
      strip.add(figure);
    }
    add(new H2(getTranslation("shops.photos.title")), strip);
  }

  /** The cover, across the top of the page: loaded at once, since it is the first thing seen. */
  static Image cover(ShopPhoto photo, String shopName) {
    var cover = new Image(photo.url(), photo.altText(shopName));
    cover.addClassName("otopair-shop-cover");
    cover.setId("shop-cover");
    cover.getElement().setAttribute("fetchpriority", "high");
    return cover;
  }

  private static void lazy(Image image) {
    image.getElement().setAttribute("loading", "lazy");
    image.getElement().setAttribute("decoding", "async");
  }
}
