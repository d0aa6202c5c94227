package com.otopair.consult.ui;

import com.otopair.base.ConflictException;
import com.otopair.base.CurrentUser;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.NotFoundException;
import com.otopair.base.Roles;
import com.otopair.base.SignedInUser;
import com.otopair.base.ui.Feedback;
import com.otopair.consult.ReportPhoto;
import com.otopair.consult.SessionReport;
import com.otopair.consult.SessionReports;
import com.otopair.shops.ShopMembership;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A session's summary. Its mechanic writes it here until it is sent, then reads it as sent; its
 * customer reads it (and books the recommended repair from it), its shop's owner and support read
 * it. Anyone else finds nothing.
 */
@Route("sessions/:id/summary")
@PageTitle("consult.summary.title")
@PermitAll
class SummaryView extends Main implements BeforeEnterObserver {

  private final SessionReports reports;
  private final ShopMembership shops;
  private final SignedInUser me = CurrentUser.require();

  SummaryView(SessionReports reports, ShopMembership shops) {
    this.reports = reports;
    this.shops = shops;
    addClassName("otopair-page");
    addClassName("otopair-summary-page");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    UUID id;
    try {
      id = UUID.fromString(event.getRouteParameters().get("id").orElse(""));
    } catch (IllegalArgumentException e) {
      event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
      return;
    }
    try {
      SessionReport mine = Roles.MECHANIC.equals(me.role()) ? ownDraft(id) : null;
      if (mine != null && !mine.sent()) {
        edit(mine);
      } else {
        read(mine != null ? mine : reports.forReader(id));
      }
    } catch (ConflictException notYet) {
      Feedback.error(notYet.getMessage());
      event.forwardTo("sessions/" + id);
    } catch (InvalidRequestException e) {
      event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
    }
  }

  /** The summary the signed-in mechanic writes for this session; null when it is not theirs. */
  private @Nullable SessionReport ownDraft(UUID id) {
    try {
      return reports.draft(id);
    } catch (NotFoundException notTheirs) {
      return null;
    }
  }

  private void edit(SessionReport report) {
    removeAll();
    List<ReportPhoto> offered = reports.photosOffered(report.sessionId());
    add(
        new SummaryEditor(
            reports,
            report,
            offered,
            reports.repairServices(report.sessionId()),
            shown -> page(shown, chosen(offered, shown.photoKeys()), false),
            () -> read(reports.draft(report.sessionId()))));
  }

  /** The photos the preview shows: those of {@code offered} the draft attaches, in its order. */
  private static List<ReportPhoto> chosen(List<ReportPhoto> offered, List<String> keys) {
    return keys.stream()
        .flatMap(key -> offered.stream().filter(p -> p.key().equals(key)).limit(1))
        .toList();
  }

  private void read(SessionReport report) {
    removeAll();
    if (!report.sent()) {
      var draft = new Paragraph(getTranslation("consult.summary.draft"));
      draft.addClassName("otopair-muted");
      draft.setId("summary-draft");
      add(draft);
    }
    var back =
        new Anchor(
            "sessions/" + report.sessionId(), getTranslation("consult.summary.back-to-session"));
    back.addClassName("otopair-print-hidden");
    var print = new Button(getTranslation("consult.summary.print"), VaadinIcon.PRINT.create());
    print.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    print.addClickListener(e -> getElement().executeJs("window.print()"));
    print.addClassName("otopair-print-hidden");
    var actions = new Div(back, print);
    actions.addClassName("otopair-actions");
    add(
        page(
            report,
            reports.photos(report.sessionId()),
            report.sent() && me.id().equals(report.customerId())),
        actions);
  }

  /**
   * The customer's page of this summary: its Book button leads to the shop's slot picker only for
   * the customer of a sent summary ({@code bookable}).
   */
  private Component page(SessionReport report, List<ReportPhoto> photos, boolean bookable) {
    SummaryPage.Booking booking =
        report.repairServiceId() == null
            ? null
            : reports.repairServices(report.sessionId()).stream()
                .filter(o -> Objects.equals(o.id(), report.repairServiceId()))
                .findFirst()
                .map(o -> new SummaryPage.Booking(shops.ref(report.shopId()).slug(), o))
                .orElse(null);
    return new SummaryPage(report, photos, shops.zoneOf(report.shopId()), booking, bookable);
  }
}
