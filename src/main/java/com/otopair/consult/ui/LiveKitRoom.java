package com.otopair.consult.ui;

import com.otopair.consult.VideoRooms;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import java.util.Map;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The browser side of a session's video call: LiveKit's client ({@code livekit-client}) joins the
 * room with the token the server minted, shows the other side and the local camera, and says where
 * the call stands (connecting, waiting for the other side, live, reconnecting, unreachable, left).
 * See {@code frontend/video/otopair-video-room.js}.
 */
@Tag("otopair-video-room")
@NpmPackage(value = "livekit-client", version = LiveKitRoom.LIVEKIT_CLIENT_VERSION)
@JsModule("./video/otopair-video-room.js")
@CssImport("./video/otopair-video.css")
class LiveKitRoom extends Component implements HasSize {

  /** The LiveKit browser client the component is built against. */
  static final String LIVEKIT_CLIENT_VERSION = "2.23.0";

  private String state = "connecting";

  LiveKitRoom(Map<String, String> labels) {
    setId("video-room");
    ObjectNode words = JsonNodeFactory.instance.objectNode();
    labels.forEach(words::put);
    getElement().setPropertyJson("labels", words);
    addListener(StateChanged.class, e -> state = e.state);
  }

  /** Lets the browser join: LiveKit's address and this participant's token. */
  void join(VideoRooms.Access access) {
    ObjectNode pass = JsonNodeFactory.instance.objectNode();
    pass.put("url", access.url());
    pass.put("token", access.token());
    getElement().setPropertyJson("access", pass);
  }

  /** Where the call stands, as the browser last said. */
  String state() {
    return state;
  }

  /** The browser's word on the call: connecting, waiting, live, reconnecting, unreachable, left. */
  @DomEvent("otopair-video-state")
  public static class StateChanged extends ComponentEvent<LiveKitRoom> {

    final String state;

    public StateChanged(
        LiveKitRoom source, boolean fromClient, @EventData("event.detail.state") String state) {
      super(source, fromClient);
      this.state = state;
    }
  }

  Registration addStateListener(ComponentEventListener<StateChanged> listener) {
    return addListener(StateChanged.class, listener);
  }
}
