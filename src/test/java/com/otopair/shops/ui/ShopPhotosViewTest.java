package com.otopair.shops.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.otopair.identity.UserProvisioning;
import com.otopair.shops.ShopFixtures;
import com.otopair.shops.ShopPhoto;
import com.otopair.shops.ShopPhotos;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.KaribuTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class ShopPhotosViewTest extends KaribuTest {

  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning provisioning;
  @Autowired ShopPhotos photos;
  @Autowired JdbcTemplate jdbc;

  private String owner;
  private String slug;
  private String name;
  private UUID shop;

  @BeforeEach
  void aLiveShopOfItsOwn() {
    owner = ShopFixtures.newOwner(users);
    UUID ownerId = jdbc.queryForObject("select id from users where email = ?", UUID.class, owner);
    slug = ShopFixtures.uniqueSlug("gallery");
    var draft = ShopFixtures.montreal(slug);
    name = draft.name();
    shop = provisioning.createLiveShop(ownerId, draft);
  }

  static byte[] png() {
    var out = new ByteArrayOutputStream();
    try {
      ImageIO.write(new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB), "png", out);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return out.toByteArray();
  }

  @Test
  void thePublicPageShowsTheCoverAndEveryPhotoLazilyWithItsCaptionOrItsNumber() {
    provisioning.addPhoto(shop, png(), "Our two service bays");
    provisioning.addPhoto(shop, png(), "");
    provisioning.addPhoto(shop, png(), "The front desk");

    navigate("shops/" + slug);

    Image cover = _get(Image.class, spec -> spec.withId("shop-cover"));
    assertThat(cover.getAlt()).contains("Our two service bays");
    assertThat(cover.getSrc()).startsWith("media/shop-photos/");
    Div gallery = _get(Div.class, spec -> spec.withId("shop-photos"));
    List<Image> shown = _find(gallery, Image.class);
    assertThat(shown)
        .extracting(image -> image.getAlt().orElseThrow())
        .containsExactly("Our two service bays", "Photo 2 of " + name, "The front desk");
    assertThat(shown)
        .extracting(image -> image.getElement().getAttribute("loading"))
        .containsOnly("lazy");
    assertThat(gallery.getElement().getTextRecursively())
        .isEqualTo("PhotosOur two service baysThe front desk");
  }

  @Test
  void aShopWithoutPhotosShowsNeitherCoverNorGallery() {
    navigate("shops/" + slug);

    assertThat(_find(Image.class, spec -> spec.withId("shop-cover"))).isEmpty();
    assertThat(_find(Div.class, spec -> spec.withId("shop-photos"))).isEmpty();
    assertThat(_get(Div.class, spec -> spec.withId("shop-services"))).isNotNull();
  }

  @Test
  void theOwnerUploadsMakesACoverAndRemovesPhotosFromTheSettings() {
    signInAs(owner);
    navigate("shop/" + shop + "/settings");
    ShopPhotosEditor editor = _get(ShopSettingsView.class).gallery;
    assertThat(editor.count.getText()).startsWith("No photos yet");

    editor.receive(png());
    editor.receive(png());
    assertThat(editor.count.getText()).isEqualTo("2 of 8 photos");
    List<ShopPhoto> before = photos.forOwner(shop);

    _click(buttonOf(editor, 1, "Make cover"));
    assertThat(photos.forOwner(shop))
        .extracting(ShopPhoto::id)
        .containsExactly(before.get(1).id(), before.get(0).id());

    _click(buttonOf(editor, 0, "Remove"));
    ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
    assertThat(photos.forOwner(shop)).extracting(ShopPhoto::id).containsExactly(before.get(0).id());
    assertThat(editor.count.getText()).isEqualTo("1 of 8 photos");
  }

  @Test
  void theUploadDisappearsOnceTheShopHasEightPhotos() {
    for (int i = 0; i < ShopPhotos.MAX_PHOTOS; i++) {
      provisioning.addPhoto(shop, png(), "");
    }
    signInAs(owner);
    navigate("shop/" + shop + "/settings");
    ShopPhotosEditor editor = _get(ShopSettingsView.class).gallery;
    assertThat(editor.count.getText()).isEqualTo("8 of 8 photos");
    assertThat(editor.upload.isVisible()).isFalse();
  }

  /** The button with this text on the photo card at {@code index}. */
  private static Button buttonOf(ShopPhotosEditor editor, int index, String text) {
    Div card = (Div) editor.list.getChildren().toList().get(index);
    return _find(card, Button.class).stream()
        .filter(b -> text.equals(b.getText()))
        .findFirst()
        .orElseThrow();
  }
}
