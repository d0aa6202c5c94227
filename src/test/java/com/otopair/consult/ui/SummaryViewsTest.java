package com.otopair.consult.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.otopair.support.PageTexts.MISSING_KEY;
import static com.otopair.support.PageTexts.textOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.otopair.base.I18n;
import com.otopair.base.Roles;
import com.otopair.consult.LiveSessions;
import com.otopair.consult.ReportFixtures;
import com.otopair.consult.ReportUrgency;
import com.otopair.consult.SessionQueue;
import com.otopair.consult.SessionReports;
import com.otopair.identity.UserProvisioning;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.KaribuTest;
import com.otopair.support.SignIn;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The summary's screens: the mechanic's editor (every invalid field marked at once, the preview,
 * sending), the customer's page with its Book button, the cards on the session's page and the lists
 * of past sessions on both sides.
 */
class SummaryViewsTest extends KaribuTest {

  @Autowired SessionReports reports;
  @Autowired LiveSessions live;
  @Autowired SessionQueue queue;
  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired UserDetailsService userDetails;
  @Autowired JdbcTemplate jdbc;

  ReportFixtures fixture;

  @BeforeEach
  void anEndedSession() {
    fixture = ReportFixtures.create(users, shops, membership, userDetails, live, queue, jdbc);
  }

  private String summaryPath() {
    return "sessions/" + fixture.session() + "/summary";
  }

  private void sentByTheMechanic() {
    SignIn.as(userDetails, fixture.mechanicEmail());
    reports.save(fixture.session(), fixture.draft());
    reports.send(fixture.session());
    SecurityContextHolder.clearContext();
  }

  private Map<String, Object> stored() {
    return jdbc.queryForMap(
        "select status, findings, urgency, repair_service_id,"
            + " (select count(*) from consult_report_lines l where l.report_id = r.id) as lines"
            + " from consult_reports r where session_id = ?",
        fixture.session());
  }

  @Test
  void theEditorMarksEveryInvalidFieldAtOnceAndSavesNothing() {
    openAs(fixture.mechanicEmail());
    navigate(summaryPath());
    SummaryEditor editor = _get(SummaryEditor.class);

    _click(editor.addLine);
    SummaryLineRow row = _get(SummaryLineRow.class);
    _setValue(row.quantity, BigDecimal.ZERO);
    _setValue(row.price, new BigDecimal("-5"));
    _setValue(editor.steps, "x".repeat(4001));
    _click(editor.save);

    assertThat(editor.findings.isInvalid()).isTrue();
    assertThat(editor.findings.getErrorMessage()).isEqualTo("Write what you found.");
    assertThat(editor.steps.isInvalid()).isTrue();
    assertThat(editor.steps.getErrorMessage()).isEqualTo("Keep this under 4000 characters.");
    assertThat(row.description.isInvalid()).isTrue();
    assertThat(row.description.getErrorMessage()).isEqualTo("Describe the part or the work.");
    assertThat(row.quantity.isInvalid()).isTrue();
    assertThat(row.quantity.getErrorMessage()).isEqualTo("Enter a quantity above 0, up to 999.");
    assertThat(row.price.isInvalid()).isTrue();
    assertThat(row.price.getErrorMessage()).isEqualTo("Enter a price from 0 to 100,000.");
    assertThat(editor.next.isInvalid()).isFalse();
    Integer saved =
        jdbc.queryForObject(
            "select count(*) from consult_reports where session_id = ?",
            Integer.class,
            fixture.session());
    assertThat(saved).isZero();
  }

  @Test
  void theMechanicWritesPreviewsAndSendsTheSummaryThenReadsItAsSent() {
    openAs(fixture.mechanicEmail());
    navigate(summaryPath());
    SummaryEditor editor = _get(SummaryEditor.class);
    _setValue(editor.findings, "The front pads are worn to 2 mm.");
    _click(editor.addLine);
    _click(editor.addLine);
    var rows = _find(SummaryLineRow.class);
    _setValue(rows.get(0).description, "Front brake pads");
    _setValue(rows.get(0).price, new BigDecimal("89.50"));
    _setValue(rows.get(1).kind, com.otopair.consult.ReportLine.Kind.LABOUR);
    _setValue(rows.get(1).description, "Replace the pads");
    _setValue(rows.get(1).quantity, new BigDecimal("1.5"));
    _setValue(rows.get(1).price, new BigDecimal("100"));
    assertThat(rows.get(1).total.getText()).isEqualTo("$150.00");
    assertThat(editor.grandTotal.getText()).isEqualTo("Total: $239.50 CAD");
    _click(_find(SummaryLineRow.class).get(0).remove);
    assertThat(editor.grandTotal.getText()).isEqualTo("Total: $150.00 CAD");
    _click(editor.addLine);
    SummaryLineRow pads = _find(SummaryLineRow.class).get(1);
    _setValue(pads.description, "Front brake pads");
    _setValue(pads.price, new BigDecimal("89.50"));
    _setValue(editor.urgency, ReportUrgency.STOP);
    _setValue(
        editor.repair,
        editor
            .repair
            .getListDataView()
            .getItems()
            .filter(o -> fixture.brakes().equals(o.id()))
            .findFirst()
            .orElseThrow());
    _setValue(
        editor.photos,
        Set.of(editor.photos.getListDataView().getItems().findFirst().orElseThrow()));

    _click(editor.preview);
    Dialog preview = _get(Dialog.class, spec -> spec.withId("summary-preview"));
    String shown = textOf(preview);
    assertThat(shown)
        .contains(
            "Summary: your 2016 Honda Civic",
            "Do not drive it",
            "The front pads are worn to 2 mm.",
            "Replace the pads (Labour)",
            "Front brake pads (Part)",
            "$239.50 CAD",
            "Recommended repair: Brake pads and rotors",
            "Book this repair at");
    assertThat(_get(preview, SummaryPage.class).getElement().getTextRecursively())
        .doesNotContain("Sent ");
    preview.close();
    assertThat(
            jdbc.queryForObject(
                "select count(*) from consult_reports where session_id = ?",
                Integer.class,
                fixture.session()))
        .isZero();

    _click(editor.send);
    ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

    Map<String, Object> row = stored();
    assertThat(row.get("status")).isEqualTo("SENT");
    assertThat(row.get("findings")).isEqualTo("The front pads are worn to 2 mm.");
    assertThat(row.get("urgency")).isEqualTo("STOP");
    assertThat(row.get("repair_service_id")).isEqualTo(fixture.brakes());
    assertThat(row.get("lines")).isEqualTo(2L);
    assertThat(_find(SummaryEditor.class)).isEmpty();
    assertThat(
            _get(Div.class, spec -> spec.withId("summary-page")).getElement().getTextRecursively())
        .contains("Sent ");

    navigate("sessions");
    navigate(summaryPath());
    assertThat(_find(SummaryEditor.class)).isEmpty();
    assertThat(textOf(UI.getCurrent())).contains("Sent ", "The front pads are worn to 2 mm.");
  }

  @Test
  void theCustomersPageShowsTheSummaryAndBooksTheRepairAtTheShop() {
    sentByTheMechanic();
    openAs(fixture.customerEmail());
    navigate(summaryPath());

    String text = textOf(UI.getCurrent());
    assertThat(text)
        .contains(
            "Summary: your 2016 Honda Civic",
            "By Alex Martin, " + membership.shopName(fixture.consult().shop().shopId()),
            "Before any long drive",
            "What the mechanic found",
            "The front pads are worn to 2 mm.",
            "We listened to the noise on a video call.",
            "Front brake pads (Part)",
            "$89.50",
            "$150.00",
            "Estimated total",
            "$239.50 CAD",
            "Rough prices",
            "Book the brake service this month.");
    assertThat(MISSING_KEY.matcher(text).find()).as(text).isFalse();
    // The link says where the journey comes in: a follow-up of the session.
    String href = _get(Anchor.class, spec -> spec.withId("book-repair")).getHref();
    assertThat(href).isEqualTo(summaryPath() + "/book?from=follow-up");
    assertThat(
            jdbc.queryForObject(
                "select first_opened_at is not null from consult_reports where session_id = ?",
                Boolean.class,
                fixture.session()))
        .isTrue();

    // Following it opens the shop's slot picker for the repair, from the session, under follow-up.
    navigate(href);
    assertThat(currentView()).isEqualTo("BookView");
    var landed = UI.getCurrent().getInternals().getActiveViewLocation();
    assertThat(landed.getPath()).isEqualTo("book/" + fixture.consult().slug());
    assertThat(landed.getQueryParameters().getParameters())
        .isEqualTo(
            Map.of(
                "service", List.of(fixture.brakes().toString()),
                "session", List.of(fixture.session().toString()),
                "from", List.of("follow-up")));
    // And the CRM records the recommendation clicked under that entry point, once however often.
    navigate(href);
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                assertThat(
                        jdbc.queryForList(
                            "select kind, entry_point from crm_interactions"
                                + " where subject_id = ? and kind like 'UPSELL%'",
                            fixture.session()))
                    .extracting(row -> row.get("kind") + " " + row.get("entry_point"))
                    .containsExactlyInAnyOrder(
                        "UPSELL_SHOWN FOLLOW_UP", "UPSELL_CLICKED FOLLOW_UP"));
  }

  @Test
  void anotherCustomerFollowingTheRepairLinkFindsNothingAndNothingIsRecorded() {
    sentByTheMechanic();
    String other = "other-" + java.util.UUID.randomUUID() + "@example.test";
    users.createVerifiedUser(other, "Olive Other", Roles.CUSTOMER, "a passphrase!");
    openAs(other);
    navigate(summaryPath() + "/book?from=follow-up");
    assertThat(currentView()).isEqualTo("NotFoundView");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from crm_interactions where subject_id = ? and kind like 'UPSELL%'",
                Long.class, fixture.session()))
        .isZero();
  }

  @Test
  void theOwnerReadsItWithoutBookingAndOtherMechanicsFindNothing() {
    sentByTheMechanic();
    openAs(fixture.consult().shop().ownerEmail());
    navigate(summaryPath());
    assertThat(textOf(UI.getCurrent())).contains("The front pads are worn to 2 mm.");
    assertThat(_get(Button.class, spec -> spec.withId("book-repair")).isEnabled()).isFalse();

    openAs(fixture.consult().beaEmail());
    navigate(summaryPath());
    assertThat(currentView()).isEqualTo("NotFoundView");
  }

  @Test
  void theSessionsPageLeadsEachSideToTheSummary() {
    openAs(fixture.mechanicEmail());
    navigate("sessions/" + fixture.session());
    Div card = _get(Div.class, spec -> spec.withId("summary-card"));
    assertThat(card.getElement().getTextRecursively()).contains("Write the summary");
    _click(_get(card, Button.class, spec -> spec.withId("open-summary")));
    assertThat(currentView()).isEqualTo("SummaryView");

    openAs(fixture.customerEmail());
    navigate("sessions/" + fixture.session());
    assertThat(
            _get(Div.class, spec -> spec.withId("summary-card")).getElement().getTextRecursively())
        .contains("Your mechanic is writing the summary");
    assertThat(_find(Button.class, spec -> spec.withId("open-summary"))).isEmpty();

    sentByTheMechanic();
    openAs(fixture.customerEmail());
    navigate("sessions/" + fixture.session());
    assertThat(
            _get(Div.class, spec -> spec.withId("summary-card")).getElement().getTextRecursively())
        .contains("Your mechanic’s summary");
    _click(_get(Button.class, spec -> spec.withId("open-summary")));
    assertThat(currentView()).isEqualTo("SummaryView");
  }

  @Test
  void bothSidesListTheirPastSessionsWithTheirSummaries() {
    openAs(fixture.mechanicEmail());
    navigate("sessions");
    Div past = _get(Div.class, spec -> spec.withId("past-sessions"));
    assertThat(past.getChildren().map(c -> c.getElement().getAttribute("data-session")))
        .containsExactly(fixture.session().toString());
    assertThat(past.getElement().getTextRecursively())
        .contains("2016 Honda Civic", "Emma Tremblay, ended", "Write summary");

    openAs(fixture.customerEmail());
    navigate("my-sessions");
    assertThat(_find(Anchor.class, spec -> spec.withText("Read the summary"))).isEmpty();

    sentByTheMechanic();
    openAs(fixture.mechanicEmail());
    navigate("sessions");
    assertThat(
            _get(Div.class, spec -> spec.withId("past-sessions")).getElement().getTextRecursively())
        .contains("Before any long drive", "Open the summary")
        .doesNotContain("Write summary");

    openAs(fixture.customerEmail());
    navigate("my-sessions");
    assertThat(_get(Anchor.class, spec -> spec.withText("Read the summary")).getHref())
        .isEqualTo(summaryPath());
    assertThat(textOf(_get(MySessionsView.class).list)).contains("Before any long drive");

    openAs(fixture.consult().beaEmail());
    navigate("sessions");
    assertThat(
            _get(Div.class, spec -> spec.withId("past-sessions")).getElement().getTextRecursively())
        .contains("Sessions you finish show up here, with their summaries.");
  }

  @Test
  void theSummaryReadsInFrench() {
    sentByTheMechanic();
    openAs(fixture.customerEmail());
    UI.getCurrent().setLocale(I18n.FRENCH);
    navigate(summaryPath());

    String text = textOf(UI.getCurrent());
    assertThat(text)
        .contains(
            "Résumé",
            "votre 2016 Honda Civic",
            "Avant tout long trajet",
            "Constats du mécanicien",
            "Pièces et main-d’œuvre",
            "Total estimé",
            "Réserver cette réparation chez");
    assertThat(MISSING_KEY.matcher(text).find()).as(text).isFalse();
  }
}
