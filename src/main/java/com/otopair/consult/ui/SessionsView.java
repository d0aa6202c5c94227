package com.otopair.consult.ui;

import com.otopair.base.Formats;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.LiveUpdates;
import com.otopair.base.Roles;
import com.otopair.base.ui.Feedback;
import com.otopair.consult.FollowUpAnswers;
import com.otopair.consult.SessionChanged;
import com.otopair.consult.SessionQueue;
import com.otopair.consult.SessionReports;
import com.otopair.consult.SessionStatus;
import com.otopair.consult.SessionSummary;
import com.otopair.shops.ShopDetails;
import com.otopair.shops.ShopService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A mechanic's live sessions: those waiting at their shops (oldest first, with the wait so far) to
 * claim, and their own. It updates live; a new waiting session rings once the mechanic has clicked
 * anywhere on the page (browsers block sound before that).
 */
@Route("sessions")
@PageTitle("consult.sessions.title")
@Menu(order = 16, icon = "vaadin:headset", title = "consult.menu.sessions")
@RolesAllowed(Roles.MECHANIC)
class SessionsView extends Main {

  /** Unlocks sound on the first click, then plays a short two-tone ring when asked. */
  private static final String RING_SETUP =
      "if (!window.otopairRing) {" // i18n: script
          + " let ctx = null;" // i18n: script
          + " document.addEventListener('pointerdown', () => { ctx = ctx || new AudioContext(); }, { once: true });" // i18n: script
          + " window.otopairRing = () => { if (!ctx) { return false; }" // i18n: script
          + " [0, 0.25].forEach((at, i) => { const o = ctx.createOscillator(); const g = ctx.createGain();" // i18n: script
          + " o.frequency.value = i ? 660 : 880; g.gain.value = 0.15; o.connect(g); g.connect(ctx.destination);" // i18n: script
          + " o.start(ctx.currentTime + at); o.stop(ctx.currentTime + at + 0.2); }); return true; }; }"; // i18n: script

  final Div available = new Div();
  final Div yours = new Div();
  final Span ringCount = new Span();
  final QuestionInbox questions;

  private final SessionQueue queue;
  private final Clock clock;
  private final Set<UUID> seen = new HashSet<>();
  private int rings;

  SessionsView(
      SessionQueue queue,
      SessionReports reports,
      FollowUpAnswers answers,
      ShopService shops,
      LiveUpdates live,
      Clock clock) {
    this.queue = queue;
    this.questions = new QuestionInbox(answers);
    Set<UUID> myShops = shops.myShops().stream().map(ShopDetails::id).collect(Collectors.toSet());
    this.clock = clock;
    addClassName("otopair-page");
    addClassName("otopair-sessions-page");
    var heading = new H2(getTranslation("consult.sessions.heading"));
    heading.addClassName("otopair-page-title");
    var header = new Div(heading);
    header.addClassName("otopair-page-header");
    ringCount.setId("ring-count");
    ringCount.setVisible(false);
    available.setId("available-sessions");
    available.addClassName("otopair-session-list");
    yours.setId("your-sessions");
    yours.addClassName("otopair-session-list");
    add(
        header,
        new H3(getTranslation("consult.sessions.available")),
        available,
        new H3(getTranslation("consult.sessions.yours")),
        yours,
        new H3(getTranslation("consult.follow-up.inbox.heading")),
        questions,
        new PastSessions(reports),
        ringCount);
    getElement().executeJs(RING_SETUP);
    refresh(false);
    live.subscribe(
        this, SessionChanged.class, e -> myShops.contains(e.shopId()), e -> refresh(true));
  }

  /** Reads both lists again; rings when a session is waiting that was not there before. */
  void refresh(boolean ring) {
    List<SessionSummary> waiting = queue.available();
    boolean fresh = false;
    available.removeAll();
    for (SessionSummary s : waiting) {
      fresh |= seen.add(s.id());
      available.add(availableCard(s));
    }
    if (waiting.isEmpty()) {
      available.add(empty(getTranslation("consult.sessions.available.empty")));
    }
    if (ring && fresh) {
      rings++;
      ringCount.setText(String.valueOf(rings));
      getElement().executeJs("return window.otopairRing && window.otopairRing()");
    }
    yours.removeAll();
    List<SessionSummary> mine = queue.yours();
    mine.forEach(s -> yours.add(yourCard(s)));
    if (mine.isEmpty()) {
      yours.add(empty(getTranslation("consult.sessions.yours.empty")));
    }
    questions.refresh();
  }

  private Div availableCard(SessionSummary s) {
    long waited = Math.max(0, Duration.between(s.requestedAt(), clock.instant()).toMinutes());
    var card = card(s);
    card.addClassName("otopair-available-session");
    card.add(
        new Paragraph(getTranslation("consult.sessions.waiting-for", waited, s.customerName())));
    card.add(claimButton(s, "consult.session.claim"));
    return card;
  }

  private Div yourCard(SessionSummary s) {
    if (s.startsAt() != null
        && (s.status() == SessionStatus.SCHEDULED || s.status() == SessionStatus.WAITING)) {
      return bookedCard(s);
    }
    var card = card(s);
    card.add(SessionLabels.badge(s.status()));
    var open =
        new Button(
            getTranslation(
                s.status() == SessionStatus.ACTIVE
                    ? "consult.sessions.open-active"
                    : "consult.sessions.open"),
            e -> open(s.id()));
    if (s.status() == SessionStatus.ACTIVE) {
      open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    }
    card.add(open);
    return card;
  }

  /**
   * A session booked with this mechanic: when it starts, and once its time has come, the button
   * that joins it.
   */
  private Div bookedCard(SessionSummary s) {
    var card = card(s);
    card.addClassName("otopair-booked-session");
    boolean open = s.status() == SessionStatus.WAITING;
    card.add(
        new Paragraph(
            getTranslation(
                open ? "consult.sessions.booked.open" : "consult.sessions.booked.at",
                Formats.current().when(Objects.requireNonNull(s.startsAt()), s.zone()),
                s.customerName())));
    if (open) {
      card.add(claimButton(s, "consult.session.join"));
    } else {
      card.add(
          SessionLabels.badge(s.status()),
          new Button(getTranslation("consult.sessions.open"), e -> open(s.id())));
    }
    return card;
  }

  /** Takes the session and opens it; a refusal ("Another mechanic took this session") says why. */
  private Button claimButton(SessionSummary s, String labelKey) {
    var claim = new Button(getTranslation(labelKey));
    claim.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    claim.addClassName("otopair-claim");
    claim.addClickListener(
        e -> {
          try {
            queue.claim(s.id());
            open(s.id());
          } catch (InvalidRequestException refused) {
            Feedback.error(refused.getMessage());
            refresh(false);
          }
        });
    return claim;
  }

  private Div card(SessionSummary s) {
    var card = new Div();
    card.addClassName("otopair-card");
    card.addClassName("otopair-session-card");
    card.getElement().setAttribute("data-session", s.id().toString());
    var title = new H3(s.vehicle());
    var problem = new Paragraph(s.problem());
    problem.addClassName("otopair-clamp");
    var plan =
        new Paragraph(
            getTranslation(
                "consult.sessions.plan",
                s.serviceName(),
                Formats.current().duration(s.durationMinutes()),
                s.free()
                    ? getTranslation("consult.sessions.free")
                    : Formats.current().money(s.price())));
    plan.addClassName("otopair-muted");
    card.add(title, problem, plan);
    if (!s.photoUrls().isEmpty()) {
      card.add(new Paragraph(getTranslation("consult.sessions.photos", s.photoUrls().size())));
    }
    return card;
  }

  private static Paragraph empty(String text) {
    var paragraph = new Paragraph(text);
    paragraph.addClassName("otopair-empty");
    return paragraph;
  }

  private void open(UUID sessionId) {
    getUI()
        .ifPresent(
            ui -> ui.navigate(SessionView.class, new RouteParameters("id", sessionId.toString())));
  }
}
