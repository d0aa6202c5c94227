package com.otopair.consult.ui;

import com.otopair.base.InvalidRequestException;
import com.otopair.base.ui.Feedback;
import com.otopair.consult.ChatLine;
import com.otopair.consult.SessionChat;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.messages.MessageInput;
import com.vaadin.flow.component.messages.MessageInputI18n;
import com.vaadin.flow.component.messages.MessageList;
import com.vaadin.flow.component.messages.MessageListItem;
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
    add(list, input);
    refresh();
  }

  /** Shows or hides the input: a finished session's chat is read-only. */
  void writable(boolean writable) {
    input.setVisible(writable);
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
    if (line.photoUrl() != null) {
      item.setText(getTranslation("consult.chat.photo", line.photoUrl()));
    }
    return item;
  }

  private String author(ChatLine line) {
    if (line.notice()) {
      return "Otopair"; // i18n: the brand
    }
    return line.authorName() == null ? "" : line.authorName();
  }
}
