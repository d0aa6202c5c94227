package com.otopair.consult.ui;

import com.otopair.base.Images;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.ui.Feedback;
import com.otopair.consult.ChatLine;
import com.otopair.consult.SessionChat;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.messages.MessageInput;
import com.vaadin.flow.component.messages.MessageInputI18n;
import com.vaadin.flow.component.messages.MessageList;
import com.vaadin.flow.component.messages.MessageListItem;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A session's chat: the lines so far, and an input while the session runs. New lines are read from
 * the database after the last one shown, so a line relayed twice is still shown once.
 */
class ChatPanel extends Div {

  final MessageList list = new MessageList();
  final MessageInput input = new MessageInput();
  final com.vaadin.flow.component.upload.Upload photo =
      new com.vaadin.flow.component.upload.Upload();

  private final SessionChat chat;
  private final UUID sessionId;
  private final UUID me;
  private final List<MessageListItem> items = new ArrayList<>();
  private long lastId;

  ChatPanel(SessionChat chat, UUID sessionId, UUID me) {
    this.chat = chat;
    this.sessionId = sessionId;
    this.me = me;
    addClassName("otopair-chat");
    list.setId("chat-messages");
    list.setMarkdown(false);
    input.setId("chat-input");
    input.setI18n(
        new MessageInputI18n()
            .setMessage(getTranslation("consult.chat.input.placeholder"))
            .setSend(getTranslation("consult.chat.input.send")));
    input.addSubmitListener(e -> send(e.getValue()));
    list.addAttachmentClickListener(
        e -> e.getSource().getUI().ifPresent(ui -> ui.getPage().open(e.getAttachment().url())));
    photo.setId("chat-photo");
    photo.setAcceptedFileTypes(Images.ACCEPTED);
    photo.setMaxFileSize(Images.MAX_PHOTO_BYTES);
    photo.setDropLabel(new Span(getTranslation("consult.chat.photo.drop")));
    photo.addFileRejectedListener(
        e -> Feedback.error(getTranslation("consult.chat.photo.rejected")));
    photo.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> sendPhoto(bytes)));
    add(list, input, photo);
    refresh();
  }

  /** Shows or hides the input and the photo button: a finished session's chat is read-only. */
  void writable(boolean writable) {
    input.setVisible(writable);
    photo.setVisible(writable);
  }

  /** Reads and shows the lines not shown yet. */
  void refresh() {
    List<ChatLine> fresh = chat.after(sessionId, lastId);
    if (fresh.isEmpty()) {
      return;
    }
    for (ChatLine line : fresh) {
      items.add(item(line));
      lastId = line.id();
    }
    list.setItems(List.copyOf(items));
  }

  private void send(String text) {
    try {
      chat.post(sessionId, text);
      refresh();
    } catch (InvalidRequestException refused) {
      Feedback.error(refused.getMessage());
    }
  }

  /**
   * Sends an uploaded photo; runs on the upload's request, so it reaches the page through access.
   */
  private void sendPhoto(byte[] bytes) {
    UI ui = getUI().orElse(null);
    if (ui == null) {
      return;
    }
    try {
      chat.postPhoto(sessionId, bytes);
      ui.access(
          () -> {
            photo.clearFileList();
            refresh();
          });
    } catch (InvalidRequestException refused) {
      ui.access(
          () -> {
            photo.clearFileList();
            Feedback.error(refused.getMessage());
          });
    }
  }

  private MessageListItem item(ChatLine line) {
    var item = new MessageListItem(line.text(), line.sentAt(), author(line));
    if (line.notice()) {
      item.addClassNames("otopair-chat-notice");
    } else if (me.equals(line.authorId())) {
      item.addClassNames("otopair-chat-mine");
      item.setUserColorIndex(1);
    } else {
      item.setUserColorIndex(2);
    }
    String photoUrl = line.photoUrl();
    if (photoUrl != null) {
      item.addAttachment(
          new MessageListItem.Attachment(
              getTranslation("consult.chat.photo", line.authorName()), photoUrl, type(photoUrl)));
    }
    return item;
  }

  /** Chat photos are stored as JPEG, or as WebP when sent as WebP (see Images.photo). */
  private static String type(String url) {
    return url.endsWith(".webp") ? "image/webp" : "image/jpeg"; // i18n: media types
  }

  private String author(ChatLine line) {
    if (line.notice()) {
      return "Otopair"; // i18n: the brand
    }
    return line.authorName() == null ? "" : line.authorName();
  }
}
