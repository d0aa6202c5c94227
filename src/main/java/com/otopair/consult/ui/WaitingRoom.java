package com.otopair.consult.ui;

import com.otopair.base.InvalidRequestException;
import com.otopair.base.ui.Feedback;
import com.otopair.consult.LiveSessions;
import com.otopair.consult.MechanicPresence;
import com.otopair.consult.SessionSummary;
import com.otopair.shops.OfferingMode;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;

/**
 * What the customer sees while the session waits: their place in the queue and how many mechanics
 * are online, kept current by the page, and a way out of the queue; for a video session, a check of
 * the camera and microphone while they wait.
 */
class WaitingRoom extends Div {

  final Paragraph position = new Paragraph();
  final Paragraph online = new Paragraph();
  final Button leave = new Button();

  private final LiveSessions live;
  private final MechanicPresence presence;
  private final SessionSummary session;

  WaitingRoom(LiveSessions live, MechanicPresence presence, SessionSummary session, Runnable left) {
    this.live = live;
    this.presence = presence;
    this.session = session;
    addClassName("otopair-card");
    addClassName("otopair-waiting-room");
    setId("waiting-room");
    var heading = new H3(getTranslation("consult.waiting.heading"));
    var progress = new ProgressBar();
    progress.setIndeterminate(true);
    progress.getElement().setAttribute("aria-label", getTranslation("consult.waiting.heading"));
    position.setId("queue-position");
    online.setId("mechanics-online");
    online.addClassName("otopair-muted");
    leave.setText(getTranslation("consult.waiting.leave"));
    leave.setId("leave-queue");
    leave.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
    leave.addClickListener(
        e -> {
          try {
            live.leaveQueue(session.id());
            left.run();
          } catch (InvalidRequestException refused) {
            Feedback.error(refused.getMessage());
          }
        });
    add(heading, progress, position, online, leave);
    if (OfferingMode.REMOTE_VIDEO.name().equals(session.mode())) {
      var check = new H3(getTranslation("consult.video.check.heading"));
      var intro = new Paragraph(getTranslation("consult.video.check.intro"));
      intro.addClassName("otopair-muted");
      add(check, intro, new DeviceCheck());
    }
    refresh();
  }

  /** Re-reads the place in the queue and the mechanics online. */
  void refresh() {
    long place = live.positionInQueue(session.id());
    position.setText(getTranslation("consult.waiting.position", place));
    int count = presence.onlineAt(session.shopId());
    online.setText(getTranslation("consult.waiting.online", count));
  }
}
