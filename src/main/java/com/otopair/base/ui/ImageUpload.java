package com.otopair.base.ui;

import com.otopair.base.I18n;
import com.otopair.base.Images;
import com.otopair.base.InvalidRequestException;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.server.streams.UploadHandler;
import org.jspecify.annotations.Nullable;

/**
 * A picture with an upload button beside it: PNG, JPEG or WebP up to 2 MB. The service checks the
 * file again (by its bytes) and returns the new picture's address.
 */
public class ImageUpload extends Composite<Div> {

  private final Image preview = new Image();
  private final Span empty = new Span();
  private @Nullable UI ui;

  public ImageUpload(
      String emptyText, @Nullable String currentUrl, SerializableFunction<byte[], String> save) {
    preview.addClassName("otopair-image-preview");
    preview.setAlt("");
    empty.setText(emptyText);
    empty.addClassName("otopair-muted");
    show(currentUrl);
    var upload = ComponentTexts.localize(new Upload());
    upload.setAcceptedFileTypes(Images.ACCEPTED);
    upload.setMaxFileSize(Images.MAX_BYTES);
    upload.setMaxFiles(1);
    upload.addFileRejectedListener(e -> Feedback.error(I18n.t("base.image.rejected")));
    upload.setUploadHandler(
        UploadHandler.inMemory(
            (metadata, bytes) -> {
              UI ui = this.ui;
              if (ui == null) {
                return;
              }
              try {
                String url = save.apply(bytes);
                ui.access(
                    () -> {
                      show(url);
                      upload.clearFileList();
                      Feedback.success(I18n.t("base.image.saved"));
                    });
              } catch (InvalidRequestException refused) {
                ui.access(
                    () -> {
                      upload.clearFileList();
                      Feedback.error(refused.getMessage());
                    });
              }
            }));
    addAttachListener(e -> this.ui = e.getUI());
    addDetachListener(e -> this.ui = null);
    getContent().addClassName("otopair-image-upload");
    getContent().add(preview, empty, upload);
  }

  private void show(@Nullable String url) {
    preview.setVisible(url != null);
    empty.setVisible(url == null);
    if (url != null) {
      preview.setSrc(url);
    }
  }
}
