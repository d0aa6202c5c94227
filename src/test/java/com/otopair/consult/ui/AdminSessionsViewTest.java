package com.otopair.consult.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.otopair.support.PageTexts.MISSING_KEY;
import static com.otopair.support.PageTexts.headers;
import static com.otopair.support.PageTexts.textOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.otopair.audit.AuditLog;
import com.otopair.base.I18n;
import com.otopair.consult.AdminSessions;
import com.otopair.consult.ConsultFixtures;
import com.otopair.consult.LiveSessions;
import com.otopair.consult.SessionAudited;
import com.otopair.consult.SessionQueue;
import com.otopair.consult.SessionStatus;
import com.otopair.demo.DemoAccounts;
import com.otopair.identity.UserProvisioning;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.AuditTrail;
import com.otopair.support.KaribuTest;
import com.otopair.support.SignIn;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Support's grid of live sessions: filters in the address, a row opens, End and Refund. */
class AdminSessionsViewTest extends KaribuTest {

  @Autowired LiveSessions live;
  @Autowired SessionQueue queue;
  @Autowired AuditLog audit;
  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired UserDetailsService userDetails;
  @Autowired JdbcTemplate jdbc;

  ConsultFixtures fixture;
  UUID session;

  @BeforeEach
  void anActiveSession() {
    fixture = ConsultFixtures.create(users, shops, membership);
    SignIn.as(userDetails, fixture.customerEmail());
    session = live.request(fixture.request("The engine light blinks on the highway."));
    SignIn.as(userDetails, fixture.shop().alexEmail());
    queue.claim(session);
  }

  private AdminSessionsView openShopsSessions() {
    signInAs(DemoAccounts.ADMIN.email());
    navigate("admin/sessions?shop=" + fixture.shop().shopId());
    return _get(AdminSessionsView.class);
  }

  private Button rowButton(AdminSessionsView view, String text) {
    return _get(
        GridKt._getCellComponent(view.grid, 0, "actions"),
        Button.class,
        spec -> spec.withText(text));
  }

  private String statusOf(UUID id) {
    return jdbc.queryForObject(
        "select status || ' ' || coalesce(end_reason, '') from consult_sessions where id = ?",
        String.class,
        id);
  }

  @Test
  void theFiltersComeFromTheAddressAndGoBackIntoIt() {
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    signInAs(DemoAccounts.ADMIN.email());
    navigate(
        "admin/sessions?q=alex+martin&status=ACTIVE&shop="
            + fixture.shop().shopId()
            + "&from="
            + today);
    AdminSessionsView view = _get(AdminSessionsView.class);

    assertThat(view.search.getValue()).isEqualTo("alex martin");
    assertThat(view.status.getValue()).isEqualTo(SessionStatus.ACTIVE);
    assertThat(view.shop.getValue().id()).isEqualTo(fixture.shop().shopId());
    assertThat(view.from.getValue()).isEqualTo(today);
    assertThat(GridKt._findAll(view.grid))
        .extracting(AdminSessions.Row::id)
        .containsExactly(session);
    AdminSessions.Row row = GridKt._get(view.grid, 0);
    assertThat(row.mechanicName()).isEqualTo("Alex Martin");
    assertThat(row.payment()).isEqualTo("Free");

    view.status.setValue(SessionStatus.WAITING);
    assertThat(GridKt._size(view.grid)).isZero();
    assertThat(view.filterLocation().getQueryParameters().getParameters())
        .isEqualTo(
            Map.of(
                "q", List.of("alex martin"),
                "status", List.of("WAITING"),
                "shop", List.of(fixture.shop().shopId().toString()),
                "from", List.of(today.toString())));

    navigate("admin/sessions?status=NOPE&from=yesterday&shop=" + fixture.shop().shopId());
    view = _get(AdminSessionsView.class);
    assertThat(view.status.getValue()).isNull();
    assertThat(view.from.getValue()).isNull();
    GridKt._clickItem(view.grid, 0);
    assertThat(currentView()).isEqualTo("SessionView");
  }

  @Test
  void supportEndsAnActiveSessionForAReason() {
    AdminSessionsView view = openShopsSessions();

    _click(rowButton(view, "End…"));
    _click(_get(Button.class, spec -> spec.withId("confirm-end-session")));
    assertThat(_get(TextArea.class).getErrorMessage())
        .isEqualTo("Say why you are stepping in; the audit log keeps it.");
    assertThat(statusOf(session)).isEqualTo("ACTIVE ");
    _setValue(_get(TextArea.class), "The customer called: the app froze.");
    _click(_get(Button.class, spec -> spec.withId("confirm-end-session")));

    expectNotifications("Session ended.");
    assertThat(statusOf(session)).isEqualTo("ENDED ADMIN");
    assertThat(GridKt._get(view.grid, 0).status()).isEqualTo(SessionStatus.ENDED);
    assertThat(
            AuditTrail.await(audit, "session " + session, SessionAudited.ENDED)
                .getFirst()
                .details())
        .endsWith(": The customer called: the app froze.");
  }

  @Test
  void refundIsDisabledForAFreeSessionAndAsksHowMuchForAPaidOne() {
    AdminSessionsView view = openShopsSessions();
    _click(rowButton(view, "End…"));
    _setValue(_get(TextArea.class), "Test over.");
    _click(_get(Button.class, spec -> spec.withId("confirm-end-session")));
    expectNotifications("Session ended.");

    Button refund = rowButton(view, "Refund…");
    assertThat(refund.isEnabled()).isFalse();
    assertThat(refund.getTooltip().getText())
        .isEqualTo("This session was free: there is nothing to refund.");

    jdbc.update("update consult_sessions set free = false where id = ?", session);
    view.refresh();
    _click(rowButton(view, "Refund…"));
    BigDecimalField amount = _get(BigDecimalField.class);
    assertThat(amount.getValue()).isEqualByComparingTo("25.00");
    _setValue(amount, new BigDecimal("30.00"));
    _setValue(_get(TextArea.class), "The mechanic could not help.");
    _click(_get(Button.class, spec -> spec.withId("confirm-refund-session")));
    assertThat(amount.isInvalid()).isTrue();
    assertThat(amount.getErrorMessage()).contains("$25.00");
    _setValue(amount, new BigDecimal("12.50"));
    _click(_get(Button.class, spec -> spec.withId("confirm-refund-session")));

    expectNotifications("Refund of $12.50 CAD requested.");
    assertThat(
            AuditTrail.await(audit, "session " + session, SessionAudited.REFUND_REQUESTED)
                .getFirst()
                .details())
        .startsWith("Asked to refund $12.50 CAD to Emma Tremblay");
  }

  @Test
  void onlySupportOpensTheSessionsGrid() {
    for (String email :
        List.of(
            fixture.customerEmail(),
            fixture.shop().alexEmail(),
            DemoAccounts.SHOP_OWNERS.getFirst().email())) {
      signInAs(email);
      navigate("admin/sessions");
      assertThat(currentView()).as(email).isIn("AccessDeniedView", "NotFoundView");
    }
  }

  @Test
  void theGridReadsInFrench() {
    signInAs(DemoAccounts.ADMIN.email());
    UI.getCurrent().setLocale(I18n.FRENCH);
    navigate("admin/sessions?shop=" + fixture.shop().shopId());
    AdminSessionsView view = _get(AdminSessionsView.class);

    assertThat(headers(view.grid))
        .contains("État", "Garage", "Mécanicien", "Client", "Attente", "Durée", "Paiement");
    assertThat(view.search.getPlaceholder()).isEqualTo("Client, mécanicien, garage ou véhicule");
    assertThat(textOf(GridKt._getCellComponent(view.grid, 0, "actions")))
        .contains("Terminer…", "Rembourser…");
    assertThat(GridKt._get(view.grid, 0).payment()).isEqualTo("Gratuite");
    String text = textOf(UI.getCurrent());
    assertThat(MISSING_KEY.matcher(text).find()).as(text).isFalse();
  }
}
