package com.otopair.consult.ui;

import com.otopair.base.InvalidRequestException;
import com.otopair.base.ui.ComponentTexts;
import com.otopair.consult.SessionFiles;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadEvent;
import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;

/**
 * Shares a photo or a PDF in a session's chat. The browser is told the limits, but the server
 * decides: it reads at most one byte past 10 MB, and the service reads the type from the bytes. A
 * refusal is shown next to the upload.
 */
class ChatFileUpload extends Div {

  final Upload upload = new Upload();
  final Span error = new Span();

  private final SessionFiles files;
  private final UUID sessionId;
  private final Runnable shared;

  ChatFileUpload(SessionFiles files, UUID sessionId, Runnable shared) {
    this.files = files;
    this.sessionId = sessionId;
    this.shared = shared;
    addClassName("otopair-chat-file");
    upload.setId("chat-file");
    upload.setAcceptedFileTypes(SessionFiles.ACCEPTED);
    upload.setMaxFileSize(SessionFiles.MAX_BYTES);
    upload.setMaxFiles(1);
    upload.setDropLabel(new Span(getTranslation("consult.files.drop")));
    ComponentTexts.localize(upload);
    upload.addFileRejectedListener(e -> refuse(getTranslation("consult.files.rejected")));
    upload.setUploadHandler(this::receive);
    error.setId("chat-file-error");
    error.addClassName("otopair-field-error");
    error.getElement().setAttribute("role", "alert");
    error.setVisible(false);
    add(upload, error);
  }

  /** Runs on the upload's own request, signed in as its sender; reaches the page through access. */
  private void receive(UploadEvent event) throws IOException {
    byte[] bytes;
    try (InputStream in = event.getInputStream()) {
      bytes = in.readNBytes(SessionFiles.MAX_BYTES + 1);
    }
    UI ui = getUI().orElse(null);
    if (ui == null) {
      return;
    }
    try {
      files.share(sessionId, event.getFileName(), bytes);
      ui.access(
          () -> {
            upload.clearFileList();
            error.setVisible(false);
            shared.run();
          });
    } catch (InvalidRequestException refused) {
      String message = refused.getMessage();
      ui.access(
          () -> {
            upload.clearFileList();
            refuse(message);
          });
    }
  }

  private void refuse(String message) {
    error.setText(message);
    error.setVisible(true);
  }
}
