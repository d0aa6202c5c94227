package com.otopair.reviews.ui;

import com.otopair.base.Formats;
import com.otopair.base.I18n;
import com.otopair.base.Roles;
import com.otopair.base.ui.Badge;
import com.otopair.base.ui.Feedback;
import com.otopair.base.ui.FilterUrl;
import com.otopair.base.ui.Forms;
import com.otopair.base.ui.GridColumns;
import com.otopair.reviews.AdminReviews;
import com.otopair.reviews.ReviewFilter;
import com.otopair.reviews.ReviewModeration;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The admins' reviews: those reported first (a badge counts the ones waiting), filtered by what
 * they show, shop, stars and text (kept in the address); each review with its open reports, to hide
 * for a reason, keep, or restore.
 */
@Route("admin/reviews")
@PageTitle("reviews.admin.title")
@Menu(order = 110, icon = "vaadin:star-half-left", title = "reviews.menu.admin")
@RolesAllowed(Roles.ADMIN)
class AdminReviewsView extends Main implements BeforeEnterObserver {

  final Badge waiting = new Badge();
  final Select<ReviewFilter.Show> show = new Select<>();
  final ComboBox<AdminReviews.ShopChoice> shop =
      new ComboBox<>(getTranslation("reviews.admin.shop"));
  final Select<Integer> stars = new Select<>();
  final TextField search = new TextField();
  final Grid<AdminReviews.Row> grid = new Grid<>();

  private final AdminReviews admin;
  private final ReviewModeration moderation;
  private final FilterUrl filters;

  AdminReviewsView(AdminReviews admin, ReviewModeration moderation) {
    this.admin = admin;
    this.moderation = moderation;
    addClassName("otopair-page");
    addClassName("otopair-grid-page");
    waiting.setId("reviews-waiting");
    show.setLabel(getTranslation("reviews.admin.show"));
    show.setItems(Arrays.asList(ReviewFilter.Show.values()));
    show.setItemLabelGenerator(ReviewFilter.Show::label);
    show.setValue(ReviewFilter.Show.REPORTED);
    List<AdminReviews.ShopChoice> shops = admin.shops();
    shop.setItems(shops);
    shop.setItemLabelGenerator(AdminReviews.ShopChoice::name);
    shop.setClearButtonVisible(true);
    shop.setPlaceholder(getTranslation("reviews.admin.shop.any"));
    String anyStars = getTranslation("reviews.admin.stars.any");
    stars.setLabel(getTranslation("reviews.admin.stars"));
    stars.setEmptySelectionAllowed(true);
    stars.setEmptySelectionCaption(anyStars);
    stars.setItems(IntStream.rangeClosed(1, 5).boxed().toList());
    stars.setItemLabelGenerator(
        n -> n == null ? anyStars : getTranslation("reviews.admin.stars.n", n));
    Forms.search(
        search,
        getTranslation("reviews.admin.search.placeholder"),
        getTranslation("reviews.admin.search.label"));
    filters =
        FilterUrl.at("admin/reviews", this::refresh)
            .add(
                "show",
                show,
                value ->
                    Arrays.stream(ReviewFilter.Show.values())
                        .filter(s -> s.name().equals(value))
                        .findFirst(),
                value -> value == ReviewFilter.Show.REPORTED ? null : value.name(),
                ReviewFilter.Show.REPORTED)
            .item("shop", shop, shops, choice -> choice.id().toString())
            .add("stars", stars, AdminReviewsView::starsOf, String::valueOf, null)
            .text("q", search);

    var status =
        grid.addComponentColumn(AdminReviewsView::status)
            .setHeader(getTranslation("reviews.admin.column.status"))
            .setKey("status")
            .setAutoWidth(true)
            .setFlexGrow(0);
    var shopColumn =
        grid.addColumn(AdminReviews.Row::shopName)
            .setHeader(getTranslation("reviews.admin.column.shop"))
            .setAutoWidth(true);
    grid.addComponentColumn(this::review)
        .setHeader(getTranslation("reviews.admin.column.review"))
        .setKey("review")
        .setFlexGrow(3);
    var reports =
        grid.addComponentColumn(this::reports)
            .setHeader(getTranslation("reviews.admin.column.reports"))
            .setKey("reports")
            .setFlexGrow(2);
    grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true).setFlexGrow(0);
    GridColumns.of(grid)
        .hideBelow(1000, shopColumn, status)
        .cardsBelow(
            640,
            r -> {
              var card =
                  GridColumns.card(
                      getTranslation("reviews.admin.card.title", r.authorName(), r.shopName()),
                      List.of(),
                      status(r),
                      actions(r));
              card.addComponentAtIndex(1, review(r));
              card.addComponentAtIndex(2, reports(r));
              return card;
            });
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.setId("admin-reviews");
    grid.setItems(
        q -> admin.search(filter(), VaadinSpringDataHelpers.toSpringPageRequest(q)).stream());

    var bar = new Div(show, shop, stars, search);
    bar.addClassName("otopair-filters");
    add(new Div(waiting), bar, grid);
  }

  ReviewFilter filter() {
    return new ReviewFilter(
        Optional.ofNullable(show.getValue()).orElse(ReviewFilter.Show.REPORTED),
        shop.getValue() == null ? null : shop.getValue().id(),
        stars.getValue(),
        search.getValue());
  }

  void refresh() {
    int reported = admin.reported();
    waiting.show(
        getTranslation("reviews.admin.waiting", reported),
        reported > 0 ? Badge.Tone.WARNING : Badge.Tone.SUCCESS);
    grid.setEmptyStateText(
        getTranslation(
            filter().show() == ReviewFilter.Show.REPORTED
                ? "reviews.admin.empty.reported"
                : "reviews.admin.empty"));
    grid.getDataProvider().refreshAll();
  }

  /** Where this list lives: the address a bookmark or a shared link brings back. */
  Location filterLocation() {
    return filters.location();
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    filters.read(event);
  }

  private static Optional<Integer> starsOf(String text) {
    return switch (text) {
      case "1", "2", "3", "4", "5" -> Optional.of(Integer.parseInt(text));
      default -> Optional.empty();
    };
  }

  private static Badge status(AdminReviews.Row row) {
    if (row.hidden()) {
      return new Badge(I18n.t("reviews.admin.status.hidden"), Badge.Tone.ERROR);
    }
    if (!row.reports().isEmpty()) {
      return new Badge(
          I18n.t("reviews.admin.status.reported", row.reports().size()), Badge.Tone.WARNING);
    }
    return new Badge(I18n.t("reviews.admin.status.shown"), Badge.Tone.SUCCESS);
  }

  /** The review as its author wrote it, the shop's answer, and why it is hidden. */
  Div review(AdminReviews.Row row) {
    var head =
        new Paragraph(
            getTranslation(
                "reviews.admin.review.head",
                "★".repeat(row.stars()) + "☆".repeat(5 - row.stars()),
                row.authorName(),
                row.serviceName(),
                Formats.current().date(row.postedAt(), row.zone())));
    head.addClassName("otopair-review-head");
    var review = new Div(head);
    if (!row.body().isBlank()) {
      review.add(new Paragraph(row.body()));
    }
    if (row.reply() != null) {
      review.add(new Paragraph(getTranslation("reviews.admin.review.reply", row.reply())));
    }
    if (row.hiddenReason() != null) {
      var hidden = new Paragraph(getTranslation("reviews.admin.review.hidden", row.hiddenReason()));
      hidden.addClassName("otopair-review-hidden");
      review.add(hidden);
    }
    review.addClassName("otopair-review-text");
    return review;
  }

  /** The open reports: why, the reporter's words, who and when. */
  Div reports(AdminReviews.Row row) {
    var reports = new Div();
    for (AdminReviews.Report report : row.reports()) {
      reports.add(
          new Paragraph(
              getTranslation(
                  report.details().isBlank()
                      ? "reviews.admin.report.line"
                      : "reviews.admin.report.line-details",
                  report.reason().label(),
                  report.reporter(),
                  Formats.current().date(report.reportedAt(), row.zone()),
                  report.details())));
    }
    return reports;
  }

  /** Hide (with a reason) and Keep for a shown review, Restore for a hidden one. */
  Div actions(AdminReviews.Row row) {
    var actions = new Div();
    actions.addClassName("otopair-actions");
    if (row.hidden()) {
      var restore =
          new Button(
              getTranslation("reviews.admin.restore"),
              e -> {
                Feedback.run(
                    () -> moderation.restore(row.id(), row.version()),
                    getTranslation("reviews.admin.restore.done"));
                refresh();
              });
      restore.addThemeVariants(ButtonVariant.LUMO_SMALL);
      actions.add(restore);
      return actions;
    }
    var hide =
        new Button(
            getTranslation("reviews.admin.hide"),
            e -> new HideDialog(moderation, row, this::refresh).open());
    hide.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
    actions.add(hide);
    if (!row.reports().isEmpty()) {
      var keep =
          new Button(
              getTranslation("reviews.admin.keep"),
              e -> {
                Feedback.run(
                    () -> moderation.keep(row.id(), row.version()),
                    getTranslation("reviews.admin.keep.done"));
                refresh();
              });
      keep.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
      actions.add(keep);
    }
    return actions;
  }
}
