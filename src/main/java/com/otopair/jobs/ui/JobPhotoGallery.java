package com.otopair.jobs.ui;

import com.otopair.base.Images;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.ui.ComponentTexts;
import com.otopair.base.ui.Feedback;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A job's photos as thumbnails that open full size; with {@code save}, an upload button for the
 * shop (PNG, JPEG or WebP up to 2 MB each, checked again by the service).
 */
class JobPhotoGallery extends Div {

  final Div thumbnails = new Div();

  JobPhotoGallery(@Nullable SerializableConsumer<byte[]> save) {
    addClassName("otopair-job-photos");
    thumbnails.addClassName("otopair-job-thumbnails");
    add(thumbnails);
    if (save != null) {
      var upload = ComponentTexts.localize(new Upload());
      upload.setAcceptedFileTypes(Images.ACCEPTED);
      upload.setMaxFileSize(Images.MAX_BYTES);
      upload.setMaxFiles(5);
      upload.setDropLabel(new Span(getTranslation("jobs.photos.drop")));
      upload.addFileRejectedListener(e -> Feedback.error(getTranslation("jobs.photos.rejected")));
      upload.setUploadHandler(
          UploadHandler.inMemory(
              (metadata, bytes) -> {
                UI ui = getUI().orElse(null);
                if (ui == null) {
                  return;
                }
                ui.access(
                    () -> {
                      try {
                        save.accept(bytes);
                        Feedback.success(getTranslation("jobs.photos.added"));
                      } catch (InvalidRequestException refused) {
                        Feedback.error(refused.getMessage());
                      }
                      upload.clearFileList();
                    });
              }));
      add(upload);
    }
  }

  void show(List<String> urls, String jobReference) {
    thumbnails.removeAll();
    if (urls.isEmpty()) {
      var empty = new Paragraph(getTranslation("jobs.photos.none"));
      empty.addClassName("otopair-muted");
      thumbnails.add(empty);
      return;
    }
    for (int i = 0; i < urls.size(); i++) {
      var image =
          new Image(
              urls.get(i), getTranslation("jobs.photos.alt", String.valueOf(i + 1), jobReference));
      var link = new Anchor(urls.get(i), image);
      link.setTarget(AnchorTarget.BLANK);
      thumbnails.add(link);
    }
  }
}
