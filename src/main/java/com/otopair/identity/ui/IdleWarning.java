package com.otopair.identity.ui;

import com.otopair.base.Formats;
import com.otopair.base.TimeStyle;
import com.otopair.base.ui.NavbarWidget;
import com.otopair.identity.security.SessionLimits;
import com.otopair.identity.security.SessionSettings;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Warns before Otopair signs someone out on its own (without "keep me signed in"): a modal "You’ll
 * be signed out at 3:42 PM" with "Stay signed in" and "Sign out", shown {@link
 * SessionSettings#warnBefore()} before the idle timeout; before the absolute limit the same warning
 * says so, without "Stay". It lives in the top bar of every signed-in page as a native {@code
 * <dialog>}.
 *
 * <p>Its timer runs in the browser (a script sent with the page, no frontend file) on the times the
 * server says are left, so a browser clock that is off does not matter. When the warning is due it
 * asks the server ({@code session/status}, which is not activity) how long is left: another tab's
 * activity counts, and then it waits again. At the end it asks once more and goes to the login
 * page, which says why.
 */
@org.springframework.stereotype.Component
class IdleWarning implements NavbarWidget {

  private final SessionLimits limits;
  private final AuthenticationContext authentication;

  IdleWarning(SessionLimits limits, AuthenticationContext authentication) {
    this.limits = limits;
    this.authentication = authentication;
  }

  @Override
  public Optional<Component> create() {
    VaadinServletRequest request = VaadinServletRequest.getCurrent();
    if (request == null) {
      return Optional.empty();
    }
    HttpServletRequest http = request.getHttpServletRequest();
    return limits
        .deadlines(http, http.getSession(false))
        .map(deadlines -> new Warning(limits, authentication, deadlines));
  }

  /** The warning itself: a native dialog the browser's timer opens. */
  @Tag("dialog")
  static class Warning extends Component implements HasComponents {

    private static final String ARM =
        """
        const d = this;
        d.otopairTexts = {idle: $2, absolute: $3, idleHeading: $4, absoluteHeading: $5,
            pattern: $6, am: $7, pm: $8, warn: $9};
        if (!d.otopairCheck) {
          d.addEventListener('cancel', e => e.preventDefault());
          d.otopairArm = ms => {
            clearTimeout(d.otopairTimer);
            d.otopairTimer = setTimeout(d.otopairCheck, Math.max(0, ms));
          };
          d.otopairCheck = () => {
            if (!d.isConnected) { return; }
            fetch('session/status', {credentials: 'same-origin', cache: 'no-store'})
              .then(r => r.json())
              .then(s => d.otopairShow(s))
              .catch(() => d.otopairArm(30000));
          };
          d.otopairTime = at => {
            const t = d.otopairTexts, h = at.getHours(), m = at.getMinutes();
            return t.pattern.replace(/'([^']*)'|HH|H|hh|h|mm|a/g, (token, literal) =>
              literal !== undefined ? literal
              : token === 'HH' ? String(h).padStart(2, '0')
              : token === 'H' ? String(h)
              : token === 'hh' ? String(h % 12 || 12).padStart(2, '0')
              : token === 'h' ? String(h % 12 || 12)
              : token === 'mm' ? String(m).padStart(2, '0')
              : (h < 12 ? t.am : t.pm));
          };
          d.otopairShow = s => {
            const t = d.otopairTexts;
            if (!s.signedIn) {
              location.assign('login' + (s.reason ? '?' + s.reason : ''));
              return;
            }
            if (s.idleLeft === undefined) {
              if (d.open) { d.close(); }
              return;
            }
            const absolute = s.absoluteLeft <= s.idleLeft;
            const left = Math.min(s.idleLeft, s.absoluteLeft);
            if (left > t.warn + 1000) {
              if (d.open) { d.close(); }
              d.otopairArm(left - t.warn);
              return;
            }
            const at = d.otopairTime(new Date(Date.now() + left));
            d.querySelector('[data-heading]').textContent =
                absolute ? t.absoluteHeading : t.idleHeading;
            d.querySelector('[data-text]').textContent =
                (absolute ? t.absolute : t.idle).replace('{0}', at);
            d.querySelector('[data-stay]').hidden = absolute;
            if (!d.open) { d.showModal(); }
            d.otopairArm(left + 1000);
          };
          document.addEventListener('visibilitychange', () => {
            if (document.visibilityState === 'visible') { d.otopairCheck(); }
          });
        }
        if (d.open) { d.close(); }
        d.otopairShow({signedIn: true, idleLeft: $0, absoluteLeft: $1});
        """;

    private final SessionLimits limits;
    // A heading by role, not an H2 element: the page's own H2 stays its only one (the dialog is in
    // every page, closed until its time).
    private final Div heading = new Div();
    private final Paragraph text = new Paragraph();
    final Button stay = new Button();
    final Button signOut = new Button();
    private SessionLimits.Deadlines deadlines;
    private @Nullable Registration polls;

    Warning(
        SessionLimits limits,
        AuthenticationContext authentication,
        SessionLimits.Deadlines deadlines) {
      this.limits = limits;
      this.deadlines = deadlines;
      setId("idle-warning");
      addClassName("otopair-idle-warning");
      getElement().setAttribute("aria-labelledby", "idle-warning-heading");
      heading.setId("idle-warning-heading");
      heading.addClassName("otopair-idle-warning-heading");
      heading.getElement().setAttribute("role", "heading");
      heading.getElement().setAttribute("aria-level", "2");
      heading.getElement().setAttribute("data-heading", true);
      text.getElement().setAttribute("data-text", true);
      stay.setText(getTranslation("identity.session.warning.stay"));
      stay.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      stay.getElement().setAttribute("data-stay", true);
      stay.addClickListener(e -> stay());
      signOut.setText(getTranslation("base.nav.sign-out"));
      signOut.addClickListener(e -> authentication.logout());
      var buttons = new Div(stay, signOut);
      buttons.addClassName("otopair-idle-warning-buttons");
      add(heading, text, buttons);
      show();
    }

    @Override
    protected void onAttach(AttachEvent event) {
      super.onAttach(event);
      show();
      arm();
      // A dashboard polling its figures on its own is not its person's activity.
      polls =
          event
              .getUI()
              .addPollListener(
                  poll -> {
                    VaadinServletRequest request = VaadinServletRequest.getCurrent();
                    HttpSession session = session();
                    if (request != null && session != null) {
                      limits.notActive(request.getHttpServletRequest(), session);
                    }
                  });
    }

    @Override
    protected void onDetach(DetachEvent event) {
      if (polls != null) {
        polls.remove();
        polls = null;
      }
      super.onDetach(event);
    }

    /** "Stay signed in": the person is active now; the warning closes and waits again. */
    void stay() {
      HttpSession session = session();
      if (session != null) {
        limits.stay(session);
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        limits.deadlines(request.getHttpServletRequest(), session).ifPresent(d -> deadlines = d);
      }
      show();
      arm();
    }

    /** When the session ends unless its person does something, as this page last learned it. */
    SessionLimits.Deadlines deadlines() {
      return deadlines;
    }

    /** The words for the deadline that comes first, as the server knows them now. */
    private void show() {
      boolean absolute = deadlines.absoluteFirst();
      heading.setText(getTranslation(headingKey(absolute)));
      text.setText(
          getTranslation(
              textKey(absolute),
              Formats.current().time(deadlines.first(), zone()),
              limits.settings().absoluteHours()));
      stay.setVisible(!absolute);
    }

    private static String headingKey(boolean absolute) {
      return absolute
          ? "identity.session.warning.absolute.heading"
          : "identity.session.warning.idle.heading";
    }

    private static String textKey(boolean absolute) {
      return absolute ? "identity.session.warning.absolute" : "identity.session.warning.idle";
    }

    /** Starts (or restarts) the browser's timer on the time left now. */
    private void arm() {
      Instant now = limits.now();
      TimeStyle style = Formats.current().timeStyle();
      long hours = limits.settings().absoluteHours();
      getElement()
          .executeJs(
              ARM,
              left(now, deadlines.idleEndsAt()),
              left(now, deadlines.absoluteEndsAt()),
              getTranslation("identity.session.warning.idle", "{0}", hours),
              getTranslation("identity.session.warning.absolute", "{0}", hours),
              getTranslation(headingKey(false)),
              getTranslation(headingKey(true)),
              style.time(),
              style.am(),
              style.pm(),
              limits.settings().warnBefore().toMillis());
    }

    private static long left(Instant now, Instant end) {
      return Math.max(0, Duration.between(now, end).toMillis());
    }

    /**
     * The browser's zone once the page reported it; UTC until then (the browser's timer rewrites
     * it).
     */
    private ZoneId zone() {
      ExtendedClientDetails details =
          getUI().map(ui -> ui.getPage().getExtendedClientDetails()).orElse(null);
      try {
        return details == null || details.getTimeZoneId() == null
            ? ZoneOffset.UTC
            : ZoneId.of(details.getTimeZoneId());
      } catch (DateTimeException unknown) {
        return ZoneOffset.UTC;
      }
    }

    private static @Nullable HttpSession session() {
      VaadinServletRequest request = VaadinServletRequest.getCurrent();
      return request == null ? null : request.getHttpServletRequest().getSession(false);
    }
  }
}
