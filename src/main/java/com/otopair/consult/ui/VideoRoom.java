package com.otopair.consult.ui;

import com.otopair.base.InvalidRequestException;
import com.otopair.consult.SessionStatus;
import com.otopair.consult.SessionSummary;
import com.otopair.consult.VideoRooms;
import com.otopair.shops.OfferingMode;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A video session's call on its page, for its customer and its mechanic while it runs and LiveKit
 * is configured: the call itself (in the browser, see {@link LiveKitRoom}) and, from LiveKit's
 * webhooks, whether the other side is in it. The chat stays below as the fallback. The call is
 * joined once and kept while the page re-reads the session; it goes when the session ends.
 */
class VideoRoom extends Div {

  final Paragraph presence = new Paragraph();

  private final VideoRooms rooms;
  private @Nullable LiveKitRoom room;
  private @Nullable SessionSummary session;
  private boolean customer;

  VideoRoom(VideoRooms rooms) {
    this.rooms = rooms;
    addClassName("otopair-card");
    addClassName("otopair-video-card");
    setId("video-card");
    presence.setId("video-presence");
    presence.addClassName("otopair-muted");
    add(new H3(getTranslation("consult.video.room.heading")), presence);
    setVisible(false);
  }

  /** Shows the call for {@code s} if it is one the signed-in participant may join now. */
  void show(SessionSummary s, boolean participant, boolean customer) {
    this.session = s;
    this.customer = customer;
    boolean open =
        participant
            && OfferingMode.REMOTE_VIDEO.name().equals(s.mode())
            && s.status() == SessionStatus.ACTIVE
            && rooms.available();
    if (open && room == null) {
      try {
        VideoRooms.Access access = rooms.join(s.id());
        room = new LiveKitRoom(labels(s));
        room.join(access);
        addComponentAtIndex(1, room);
      } catch (InvalidRequestException refused) {
        open = false;
      }
    } else if (!open && room != null) {
      // Removing the element leaves the call in the browser.
      remove(room);
      room = null;
    }
    setVisible(open);
    showPresence();
  }

  /** Re-reads who is in the call, as LiveKit's webhooks told it. */
  void showPresence() {
    SessionSummary s = session;
    if (s == null || room == null) {
      presence.setVisible(false);
      return;
    }
    UUID other = customer ? s.mechanicId() : s.customerId();
    // Nothing to say until LiveKit has told us the other side was in the call.
    @Nullable Boolean inCall = other == null ? null : rooms.callPresence(s.id()).get(other);
    if (inCall == null) {
      presence.setVisible(false);
      return;
    }
    presence.setText(
        getTranslation(
            inCall ? "consult.video.presence.in" : "consult.video.presence.left", other(s)));
    presence.setVisible(true);
  }

  /** The browser side of the call, while it is shown. */
  @Nullable LiveKitRoom room() {
    return room;
  }

  private String other(SessionSummary s) {
    return customer ? Objects.requireNonNullElse(s.mechanicName(), s.shopName()) : s.customerName();
  }

  private Map<String, String> labels(SessionSummary s) {
    String other = other(s);
    Map<String, String> words = new LinkedHashMap<>();
    words.put("connecting", getTranslation("consult.video.room.connecting"));
    words.put("waiting", getTranslation("consult.video.room.waiting", other));
    words.put("live", getTranslation("consult.video.room.live", other));
    words.put("reconnecting", getTranslation("consult.video.room.reconnecting"));
    words.put("unreachable", getTranslation("consult.video.room.unreachable"));
    words.put("left", getTranslation("consult.video.room.left"));
    words.put("rejoin", getTranslation("consult.video.room.rejoin"));
    words.put("mute", getTranslation("consult.video.room.mute"));
    words.put("unmute", getTranslation("consult.video.room.unmute"));
    words.put("cameraOff", getTranslation("consult.video.room.camera-off"));
    words.put("cameraOn", getTranslation("consult.video.room.camera-on"));
    words.put("leave", getTranslation("consult.video.room.leave"));
    words.put("you", getTranslation("consult.video.room.you"));
    words.put("noDevice", getTranslation("consult.video.room.no-device"));
    return words;
  }
}
