package com.otopair.consult.ui;

import com.otopair.base.Formats;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.ui.Feedback;
import com.otopair.consult.ChatLine;
import com.otopair.consult.SessionChat;
import com.otopair.consult.SessionFile;
import com.otopair.consult.SessionFiles;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.messages.MessageInput;
import com.vaadin.flow.component.messages.MessageInputI18n;
import com.vaadin.flow.component.messages.MessageList;
import com.vaadin.flow.component.messages.MessageListItem;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A session's chat: the lines so far, and an input while the session runs. New lines are read from
 * the database after the last one shown, so a line relayed twice is still shown once.
 */
class ChatPanel extends Div {

  final MessageList list = new MessageList();
  final MessageInput input = new MessageInput();
  final ChatFileUpload file;

  private final SessionChat chat;
  private final SessionFiles files;
  private final UUID sessionId;
  private final UUID me;
  private final List<MessageListItem> items = new ArrayList<>();

  /** The files behind the attachments shown, by the link they were shown with. */
  private final Map<String, UUID> shownFiles = new HashMap<>();

  private long lastId;

  /** Whether the lines there were when the page opened are shown: later ones were delivered. */
  private boolean opened;

  /** Whether the reader takes part (a live session's customer or mechanic, who may write). */
  private boolean participant;

  ChatPanel(SessionChat chat, SessionFiles files, UUID sessionId, UUID me) {
    this.chat = chat;
    this.files = files;
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
        e -> e.getSource().getUI().ifPresent(ui -> ui.getPage().open(open(e.getAttachment()))));
    file = new ChatFileUpload(files, sessionId, this::refresh);
    add(list, input, file);
    refresh();
  }

  /** Shows or hides the input and the file upload: a finished session's chat is read-only. */
  void writable(boolean writable) {
    participant = writable;
    input.setVisible(writable);
    file.setVisible(writable);
  }

  /** Reads and shows the lines not shown yet. */
  void refresh() {
    List<ChatLine> fresh = chat.after(sessionId, lastId);
    boolean delivered = opened;
    opened = true;
    if (fresh.isEmpty()) {
      return;
    }
    for (ChatLine line : fresh) {
      items.add(item(line));
      lastId = line.id();
    }
    list.setItems(List.copyOf(items));
    if (delivered && participant) {
      chat.shown(fresh);
    }
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
   * Where a clicked attachment leads: a shared file through a link signed just now (the one shown
   * may have expired while the page stayed open), an older chat photo to its address.
   */
  private String open(MessageListItem.Attachment attachment) {
    UUID fileId = shownFiles.get(attachment.url());
    return fileId == null ? attachment.url() : files.link(fileId);
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
    SessionFile shared = line.file();
    if (shared != null) {
      attach(item, shared);
    }
    String photoUrl = line.photoUrl();
    if (photoUrl != null) {
      item.addAttachment(
          new MessageListItem.Attachment(
              getTranslation("consult.chat.photo", line.authorName()), photoUrl, type(photoUrl)));
    }
    return item;
  }

  /**
   * A shared file: a thumbnail for a photo the browser shows, a chip with its name and size for a
   * PDF or a HEIC photo; for a reader without a link (the shop, support), only what was shared.
   */
  private void attach(MessageListItem item, SessionFile shared) {
    String label = getTranslation("consult.files.label", shared.name(), size(shared.sizeBytes()));
    String url = shared.url();
    if (url == null) {
      item.setText(getTranslation("consult.files.shared", label));
      return;
    }
    shownFiles.put(url, shared.id());
    // A HEIC photo, which browsers other than Safari cannot show, is offered as a file to open.
    String shownAs =
        shared.image() && !shared.shown() ? "application/octet-stream" : shared.contentType();
    item.addAttachment(new MessageListItem.Attachment(label, url, shownAs));
  }

  /** A file's size in kilobytes or megabytes, in the reader's language. */
  private String size(long bytes) {
    Formats formats = Formats.current();
    if (bytes < 1024 * 1024) {
      return getTranslation(
          "consult.files.size.kb", formats.quantity(BigDecimal.valueOf(Math.max(1, bytes / 1024))));
    }
    BigDecimal megabytes =
        BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024 * 1024), 1, RoundingMode.HALF_UP);
    return getTranslation("consult.files.size.mb", formats.quantity(megabytes));
  }

  /** Older chat photos were stored as JPEG, or as WebP when sent as WebP (see Images.photo). */
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
