package com.otopair.shops.ui;

import com.otopair.base.Images;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.ui.ComponentTexts;
import com.otopair.base.ui.Feedback;
import com.otopair.shops.ShopPhoto;
import com.otopair.shops.ShopPhotos;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The owner's photos for the shop's page: upload up to eight, caption them, put them in order (the
 * first is the cover) and remove them. Each change is saved at once.
 */
class ShopPhotosEditor extends Div {

  final Upload upload = new Upload();
  final Div list = new Div();
  final Paragraph count = new Paragraph();

  private final ShopPhotos photos;
  private final UUID shopId;
  private final String shopName;
  private @Nullable UI ui;

  ShopPhotosEditor(ShopPhotos photos, UUID shopId, String shopName) {
    this.photos = photos;
    this.shopId = shopId;
    this.shopName = shopName;
    addClassName("otopair-card");
    addClassName("otopair-photo-editor");
    setId("shop-photos-editor");

    upload.setAcceptedFileTypes(Images.ACCEPTED);
    upload.setMaxFileSize(Images.MAX_PHOTO_BYTES);
    ComponentTexts.localize(upload);
    upload.setUploadButton(
        new Button(getTranslation("shops.photos.add"), VaadinIcon.CAMERA.create()));
    upload.setDropLabel(new Span(getTranslation("shops.photos.drop")));
    upload.addFileRejectedListener(e -> Feedback.error(getTranslation("shops.photos.rejected")));
    upload.setUploadHandler(
        UploadHandler.inMemory(
            (metadata, bytes) -> {
              UI current = this.ui;
              if (current != null) {
                // Stored in the upload's own request, as the signed-in owner; shown under the lock.
                String refusal = store(bytes);
                current.access(() -> showStored(refusal));
              }
            }));
    addAttachListener(e -> this.ui = e.getUI());
    addDetachListener(e -> this.ui = null);

    list.addClassName("otopair-photo-list");
    count.addClassName("otopair-muted");
    add(
        new H2(getTranslation("shops.photos.title")),
        new Paragraph(getTranslation("shops.photos.lead")),
        list,
        count,
        upload);
    refresh();
  }

  /** Stores an uploaded photo and shows it, or says why it can't be stored. */
  void receive(byte[] bytes) {
    showStored(store(bytes));
  }

  /** Why the photo was refused, or {@code null} once it is stored. */
  private @Nullable String store(byte[] bytes) {
    try {
      photos.add(shopId, bytes, "");
      return null;
    } catch (InvalidRequestException refused) {
      return refused.getMessage();
    }
  }

  private void showStored(@Nullable String refusal) {
    if (refusal == null) {
      Feedback.success(getTranslation("shops.photos.added"));
    } else {
      Feedback.error(refusal);
    }
    upload.clearFileList();
    refresh();
  }

  private void refresh() {
    List<ShopPhoto> current = photos.forOwner(shopId);
    list.removeAll();
    for (ShopPhoto photo : current) {
      list.add(card(photo, current.size()));
    }
    int left = ShopPhotos.MAX_PHOTOS - current.size();
    count.setText(
        current.isEmpty()
            ? getTranslation("shops.photos.empty")
            : getTranslation("shops.photos.count", current.size(), ShopPhotos.MAX_PHOTOS));
    upload.setMaxFiles(Math.max(left, 1));
    upload.setVisible(left > 0);
  }

  private Div card(ShopPhoto photo, int total) {
    String alt = photo.altText(shopName);
    var image = new Image(photo.url(), alt);
    image.addClassName("otopair-photo-thumb");
    var caption = new TextField(getTranslation("shops.photos.caption"));
    caption.setValue(photo.caption());
    caption.setMaxLength(ShopPhotos.MAX_CAPTION);
    caption.setPlaceholder(getTranslation("shops.photos.caption.placeholder"));
    caption.setValueChangeMode(ValueChangeMode.ON_CHANGE);
    caption.setWidthFull();
    caption.addValueChangeListener(
        e -> {
          if (!e.isFromClient()) {
            return;
          }
          try {
            photos.caption(shopId, photo.id(), e.getValue());
            caption.setInvalid(false);
            Feedback.success(getTranslation("shops.photos.caption.saved"));
          } catch (InvalidRequestException refused) {
            Feedback.show(refused, Map.of("caption", caption));
          }
        });

    var cover = new Button(getTranslation("shops.photos.make-cover"), e -> move(photo, 0));
    cover.setEnabled(photo.position() > 0);
    var earlier = new Button(VaadinIcon.ARROW_UP.create(), e -> move(photo, photo.position() - 1));
    earlier.setAriaLabel(getTranslation("shops.photos.earlier", alt));
    earlier.setEnabled(photo.position() > 0);
    var later = new Button(VaadinIcon.ARROW_DOWN.create(), e -> move(photo, photo.position() + 1));
    later.setAriaLabel(getTranslation("shops.photos.later", alt));
    later.setEnabled(photo.position() < total - 1);
    var remove = new Button(getTranslation("shops.photos.remove"), e -> confirmRemove(photo, alt));
    remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
    for (Button button : List.of(cover, earlier, later)) {
      button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    }
    var actions = new Div(cover, earlier, later, remove);
    actions.addClassName("otopair-photo-actions");

    var card = new Div(image, new Div(caption, actions));
    card.addClassName("otopair-photo-card");
    if (photo.position() == 0) {
      var badge = new Paragraph(getTranslation("shops.photos.cover"));
      badge.addClassName("otopair-photo-cover-badge");
      card.add(badge);
    }
    card.getElement().setAttribute("data-photo", photo.id().toString());
    return card;
  }

  private void move(ShopPhoto photo, int position) {
    try {
      photos.move(shopId, photo.id(), position);
    } catch (InvalidRequestException refused) {
      Feedback.error(refused.getMessage());
    }
    refresh();
  }

  private void confirmRemove(ShopPhoto photo, String alt) {
    var confirm =
        new ConfirmDialog(
            getTranslation("shops.photos.remove.title"),
            getTranslation("shops.photos.remove.text", alt),
            getTranslation("shops.photos.remove"),
            e -> {
              photos.remove(shopId, photo.id());
              Feedback.success(getTranslation("shops.photos.removed"));
              refresh();
            });
    confirm.setConfirmButtonTheme("error primary"); // i18n: theme names
    confirm.setCancelable(true);
    confirm.setCancelText(getTranslation("shops.photos.cancel"));
    confirm.open();
  }
}
