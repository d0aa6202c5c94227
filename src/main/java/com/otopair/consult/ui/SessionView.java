package com.otopair.consult.ui;

import com.otopair.base.CurrentUser;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.LiveUpdates;
import com.otopair.base.Roles;
import com.otopair.base.ui.Badge;
import com.otopair.base.ui.Feedback;
import com.otopair.base.ui.PageSection;
import com.otopair.consult.ChatPosted;
import com.otopair.consult.ExtraTime;
import com.otopair.consult.FollowUps;
import com.otopair.consult.LiveSessions;
import com.otopair.consult.MechanicPresence;
import com.otopair.consult.MechanicStatusChanged;
import com.otopair.consult.PresenceChanged;
import com.otopair.consult.SessionChanged;
import com.otopair.consult.SessionChat;
import com.otopair.consult.SessionFiles;
import com.otopair.consult.SessionQueue;
import com.otopair.consult.SessionReports;
import com.otopair.consult.SessionStatus;
import com.otopair.consult.SessionSummary;
import com.otopair.consult.VideoRooms;
import com.otopair.team.MechanicProfile;
import com.otopair.team.MechanicProfiles;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One live session, for its customer and its mechanic (its shop's team and support may read it):
 * the waiting room while it waits, then the chat with the timer both sides see, then the chat
 * read-only. Everything on it follows the session live, across nodes.
 */
@Route("sessions/:id")
@PageTitle("consult.session.title")
@PermitAll
class SessionView extends Main implements BeforeEnterObserver {

  final H2 heading = new H2();
  final Paragraph subtitle = new Paragraph();
  final Badge status = new Badge();
  final Div people = new Div();
  final SessionTimer timer;
  final Paragraph presence = new Paragraph();
  final Div body = new Div();
  final Button claim = new Button();
  final Button end = new Button();
  final Button giveBack = new Button();
  final ExtraTimeCard extraTimeCard;
  final OfferExtraTime offerExtraTime;
  final SummaryCard summaryCard;
  final VideoRoom videoRoom;
  final FollowUpCard followUpCard;
  final Div sections = new Div();

  private final LiveSessions live;
  private final SessionQueue queue;
  private final SessionChat chat;
  private final SessionFiles files;
  private final MechanicPresence mechanics;
  private final MechanicProfiles profiles;
  private final LiveUpdates updates;
  private final List<PageSection> pageSections;
  private final UUID me = CurrentUser.require().id();
  private final boolean mechanicRole = Roles.MECHANIC.equals(CurrentUser.require().role());
  private final UUID connection = UUID.randomUUID();
  private @Nullable SessionSummary session;

  /** The session shown, for the live-update filters that run on the delivering thread. */
  private volatile @Nullable UUID shownId;

  private volatile @Nullable UUID shownShop;
  private @Nullable ChatPanel chatPanel;
  private @Nullable WaitingRoom waitingRoom;
  private @Nullable Registration heartbeat;

  SessionView(
      LiveSessions live,
      SessionQueue queue,
      SessionChat chat,
      SessionFiles files,
      ExtraTime extraTime,
      SessionReports reports,
      FollowUps followUps,
      MechanicPresence mechanics,
      MechanicProfiles profiles,
      LiveUpdates updates,
      VideoRooms videoRooms,
      List<PageSection> pageSections,
      Clock clock) {
    this.timer = new SessionTimer(clock);
    this.videoRoom = new VideoRoom(videoRooms);
    this.extraTimeCard = new ExtraTimeCard(extraTime, this::show);
    this.offerExtraTime = new OfferExtraTime(extraTime, this::show);
    this.summaryCard = new SummaryCard(reports);
    this.followUpCard = new FollowUpCard(followUps, live, clock);
    this.live = live;
    this.queue = queue;
    this.chat = chat;
    this.files = files;
    this.mechanics = mechanics;
    this.profiles = profiles;
    this.updates = updates;
    this.pageSections = pageSections;
    addClassName("otopair-page");
    addClassName("otopair-session-page");
    heading.addClassName("otopair-page-title");
    status.setId("session-status");
    people.addClassName("otopair-session-people");
    people.setId("session-people");
    presence.setId("session-presence");
    presence.addClassName("otopair-muted");
    claim.setText(getTranslation("consult.session.claim"));
    claim.setId("claim-session");
    claim.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    claim.addClickListener(e -> act(() -> queue.claim(id())));
    end.setText(getTranslation("consult.session.end"));
    end.setId("end-session");
    end.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
    end.addClickListener(e -> act(() -> live.end(id())));
    giveBack.setText(getTranslation("consult.session.give-back"));
    giveBack.setId("give-back");
    giveBack.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    giveBack.addClickListener(
        e -> new GiveBackDialog(reason -> queue.release(id(), reason), this::show).open());
    var header = new Div(heading, status);
    header.addClassName("otopair-page-header");
    var actions = new Div(claim, giveBack, end);
    actions.addClassName("otopair-actions");
    add(
        header,
        subtitle,
        people,
        timer,
        extraTimeCard,
        offerExtraTime,
        summaryCard,
        presence,
        videoRoom,
        body,
        actions,
        followUpCard,
        sections);
    updates.subscribe(
        this,
        SessionChanged.class,
        e -> e.sessionId().equals(shownId) || e.shopId().equals(shownShop),
        e -> {
          if (session != null && e.sessionId().equals(session.id())) {
            show();
          } else if (waitingRoom != null
              && session != null
              && e.shopId().equals(session.shopId())) {
            waitingRoom.refresh();
          }
        });
    updates.subscribe(
        this,
        ChatPosted.class,
        e -> e.sessionId().equals(shownId),
        e -> {
          if (chatPanel != null && session != null && e.sessionId().equals(session.id())) {
            chatPanel.refresh();
          }
        });
    updates.subscribe(
        this,
        PresenceChanged.class,
        e -> e.sessionId().equals(shownId),
        e -> {
          if (session != null && e.sessionId().equals(session.id())) {
            showPresence();
          }
        });
    updates.subscribe(
        this,
        MechanicStatusChanged.class,
        e -> {
          if (waitingRoom != null) {
            waitingRoom.refresh();
          }
        });
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    try {
      UUID id = UUID.fromString(event.getRouteParameters().get("id").orElse(""));
      session = live.get(id);
      shownId = session.id();
      shownShop = session.shopId();
    } catch (IllegalArgumentException | InvalidRequestException e) {
      event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
      return;
    }
    show();
  }

  private UUID id() {
    return java.util.Objects.requireNonNull(session).id();
  }

  private boolean customer() {
    return session != null && session.customerId().equals(me);
  }

  private boolean mechanic() {
    return session != null && me.equals(session.mechanicId());
  }

  private void act(Runnable action) {
    try {
      action.run();
    } catch (InvalidRequestException refused) {
      Feedback.error(refused.getMessage());
    }
    show();
  }

  /** Reads the session again and shows it as it is now. */
  void show() {
    SessionStatus before = session == null ? null : session.status();
    SessionSummary s = live.get(id());
    session = s;
    heading.setText(s.serviceName());
    subtitle.setText(
        getTranslation(
            customer() ? "consult.session.with-shop" : "consult.session.with-customer",
            s.shopName(),
            s.customerName()));
    status.show(s.status().label(), SessionLabels.tone(s.status()));
    showPeople(s);
    if (before == SessionStatus.WAITING && s.status() == SessionStatus.ACTIVE && customer()) {
      Feedback.success(getTranslation("consult.chat.notice.joined", s.mechanicName()));
    }
    timer.show(s);
    extraTimeCard.show(s, customer());
    offerExtraTime.show(s, mechanic());
    summaryCard.show(s, customer(), mechanic());
    videoRoom.show(s, customer() || mechanic(), customer());
    body.removeAll();
    waitingRoom = null;
    if (s.status() == SessionStatus.PAYING) {
      if (customer()) {
        body.add(new PaymentPending(live, s, this::show));
      }
      body.add(new IntakeCard(s));
      chatPanel = null;
    } else if (s.status() == SessionStatus.SCHEDULED || bookedWaiting(s)) {
      if (customer() || me.equals(s.bookedMechanicId())) {
        body.add(new BookedRoom(s, customer()));
      }
      body.add(new IntakeCard(s));
      chatPanel = null;
    } else if (s.status() == SessionStatus.WAITING) {
      if (customer()) {
        waitingRoom = new WaitingRoom(live, mechanics, s, this::show);
        body.add(waitingRoom);
      }
      body.add(new IntakeCard(s));
      chatPanel = null;
    } else {
      body.add(new IntakeCard(s));
      if (chatPanel == null) {
        chatPanel = new ChatPanel(chat, files, s.id(), me);
      } else {
        chatPanel.refresh();
      }
      chatPanel.writable(s.status() == SessionStatus.ACTIVE && (customer() || mechanic()));
      body.add(chatPanel);
    }
    boolean active = s.status() == SessionStatus.ACTIVE;
    claim.setText(
        getTranslation(bookedWaiting(s) ? "consult.session.join" : "consult.session.claim"));
    claim.setVisible(
        s.status() == SessionStatus.WAITING
            && mechanicRole
            && (s.bookedMechanicId() == null || me.equals(s.bookedMechanicId())));
    end.setVisible(active && (customer() || mechanic()));
    giveBack.setVisible(active && mechanic());
    followUpCard.show(s, customer());
    sections.removeAll();
    pageSections.forEach(
        p -> p.sectionFor(PageSection.Page.SESSION, s.id()).ifPresent(sections::add));
    showPresence();
  }

  /** A booked session whose time has come, waiting for its own mechanic. */
  private static boolean bookedWaiting(SessionSummary s) {
    return s.status() == SessionStatus.WAITING && s.bookedMechanicId() != null;
  }

  private void showPeople(SessionSummary s) {
    people.removeAll();
    if (s.mechanicId() == null) {
      return;
    }
    String photo =
        profiles.publicProfile(s.mechanicId()).map(MechanicProfile::photoUrl).orElse(null);
    var avatar = new Avatar(s.mechanicName(), photo);
    // "Luc is your mechanic" to the customer; the mechanic, the team and support read whose it is.
    var name =
        new Span(
            getTranslation(
                customer() ? "consult.session.mechanic" : "consult.session.mechanic.other",
                s.mechanicName()));
    people.add(avatar, name);
  }

  private void showPresence() {
    SessionSummary s = session;
    if (s == null || s.status() != SessionStatus.ACTIVE) {
      presence.setVisible(false);
      return;
    }
    Set<UUID> here = chat.connected(s.id());
    boolean otherHere =
        customer()
            ? s.mechanicId() != null && here.contains(s.mechanicId())
            : here.contains(s.customerId());
    String other = customer() ? s.mechanicName() : s.customerName();
    presence.setText(
        getTranslation(otherHere ? "consult.session.here" : "consult.session.away", other));
    presence.setVisible(true);
    videoRoom.showPresence();
  }

  @Override
  protected void onAttach(AttachEvent event) {
    super.onAttach(event);
    if (session != null && (customer() || mechanic())) {
      chat.connect(session.id(), connection);
      heartbeat = event.getUI().addHeartbeatListener(e -> chat.stillThere(connection));
    }
  }

  @Override
  protected void onDetach(DetachEvent event) {
    if (heartbeat != null) {
      heartbeat.remove();
      heartbeat = null;
    }
    if (session != null) {
      chat.disconnect(session.id(), connection);
    }
    super.onDetach(event);
  }
}
