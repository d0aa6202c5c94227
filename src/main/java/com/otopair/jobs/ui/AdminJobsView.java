package com.otopair.jobs.ui;

import com.otopair.base.AccessReads;
import com.otopair.base.Formats;
import com.otopair.base.Roles;
import com.otopair.base.ui.ComponentTexts;
import com.otopair.base.ui.FilterUrl;
import com.otopair.base.ui.Forms;
import com.otopair.base.ui.GridColumns;
import com.otopair.jobs.AdminJobs;
import com.otopair.jobs.JobBoard;
import com.otopair.jobs.JobDetails;
import com.otopair.jobs.JobStatus;
import com.otopair.jobs.JobSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
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
import java.util.stream.Stream;

/**
 * Admin "Jobs": every shop's jobs in a lazy grid, searched by customer, vehicle, shop or title,
 * filtered by status, shop and date, sorted by column; a job opens with its history.
 */
@Route("admin/jobs")
@PageTitle("jobs.board.title")
@Menu(order = 107, icon = "vaadin:car", title = "jobs.menu.admin")
@RolesAllowed(Roles.ADMIN)
class AdminJobsView extends Main implements BeforeEnterObserver {

  final TextField search = new TextField();
  final Select<JobStatus> status = new Select<>();
  final ComboBox<AdminJobs.ShopChoice> shop = new ComboBox<>(getTranslation("jobs.admin.shop"));
  final DatePicker from =
      ComponentTexts.localize(new DatePicker(getTranslation("jobs.admin.from")));
  final DatePicker to = ComponentTexts.localize(new DatePicker(getTranslation("jobs.admin.to")));
  final Grid<JobSummary> grid = new Grid<>();

  private final AdminJobs admin;
  private final JobBoard jobs;
  private final AccessReads reads;
  private final FilterUrl filters;

  AdminJobsView(AdminJobs admin, JobBoard jobs, AccessReads reads) {
    this.admin = admin;
    this.jobs = jobs;
    this.reads = reads;
    addClassName("otopair-page");
    addClassName("otopair-grid-page");
    Forms.search(
        search,
        getTranslation("jobs.admin.search.placeholder"),
        getTranslation("jobs.board.search.label"));
    String anyStatus = getTranslation("jobs.admin.status.any");
    status.setLabel(getTranslation("jobs.list.status"));
    status.setEmptySelectionAllowed(true);
    status.setEmptySelectionCaption(anyStatus);
    status.setItems(Arrays.asList(JobStatus.values()));
    status.setItemLabelGenerator(s -> s == null ? anyStatus : s.label());
    shop.setItems(admin.shops());
    shop.setItemLabelGenerator(AdminJobs.ShopChoice::name);
    shop.setClearButtonVisible(true);
    shop.setPlaceholder(getTranslation("jobs.admin.shop.any"));
    from.setClearButtonVisible(true);
    to.setClearButtonVisible(true);
    filters =
        FilterUrl.at("admin/jobs", this::refresh)
            .text("q", search)
            .choice("status", status, JobStatus.class)
            .item("shop", shop, admin.shops(), choice -> choice.id().toString())
            .date("from", from)
            .date("to", to);

    grid.addColumn(JobSummary::reference)
        .setHeader(getTranslation("jobs.list.job"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addColumn(JobSummary::title)
        .setHeader(getTranslation("jobs.list.title"))
        .setWidth("14rem")
        .setFlexGrow(2);
    grid.addColumn(JobSummary::customerName)
        .setHeader(getTranslation("jobs.list.customer"))
        .setSortProperty("customerName")
        .setAutoWidth(true);
    var vehicle =
        grid.addColumn(JobSummary::vehicle)
            .setHeader(getTranslation("jobs.list.vehicle"))
            .setAutoWidth(true);
    grid.addColumn(JobSummary::shopName)
        .setHeader(getTranslation("jobs.list.shop"))
        .setSortProperty("shopName")
        .setAutoWidth(true);
    grid.addComponentColumn(j -> JobLabels.badge(j.status()))
        .setHeader(getTranslation("jobs.list.status"))
        // Newest first within a status, the order of the index made for it (Liquibase 0016).
        .setSortOrderProvider(
            direction ->
                Stream.of(
                    new QuerySortOrder("status", direction),
                    new QuerySortOrder(
                        "createdAt",
                        direction == SortDirection.ASCENDING
                            ? SortDirection.DESCENDING
                            : SortDirection.ASCENDING)))
        .setAutoWidth(true);
    var created =
        grid.addColumn(j -> Formats.current().logged(j.createdAt()))
            .setHeader(getTranslation("jobs.admin.created"))
            .setSortProperty("createdAt")
            .setAutoWidth(true);
    GridColumns.of(grid)
        .hideBelow(1200, vehicle)
        .cardsBelow(
            640,
            j -> JobLabels.card(j, j.shopName() + " · " + Formats.current().logged(j.createdAt())));
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
    grid.setEmptyStateText(getTranslation("jobs.admin.empty"));
    grid.setMultiSort(false);
    grid.sort(List.of(new GridSortOrder<>(created, SortDirection.DESCENDING)));
    grid.setItems(
        q -> admin.search(query(), VaadinSpringDataHelpers.toSpringPageRequest(q)).stream());
    grid.addItemClickListener(e -> openJob(e.getItem()));

    var bar = new Div(search, status, shop, from, to);
    bar.addClassName("otopair-filters");
    add(bar, grid);
  }

  AdminJobs.Query query() {
    return new AdminJobs.Query(
        search.getValue(),
        status.getValue(),
        shop.getValue() == null ? null : shop.getValue().id(),
        from.getValue(),
        to.getValue());
  }

  private void refresh() {
    grid.getDataProvider().refreshAll();
  }

  /** Where this search lives: the address a bookmark or a shared link brings back. */
  Location filterLocation() {
    return filters.location();
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    filters.read(event);
  }

  void openJob(JobSummary summary) {
    JobDetails job = jobs.forAdmin(summary.id());
    reads.read(AccessReads.Subject.JOB, summary.id(), summary.customerId(), null);
    var dialog = new Dialog(summary.reference() + " · " + summary.title());
    dialog.setWidth("min(40rem, 95vw)");
    var facts =
        new Div(
            new Paragraph(
                summary.shopName()
                    + " · "
                    + summary.customerName()
                    + (summary.vehicle().isEmpty() ? "" : " · " + summary.vehicle())),
            JobLabels.badge(summary.status()),
            new Paragraph(
                getTranslation(
                    "jobs.admin.totals",
                    job.totals().approvedTotal().format(),
                    job.totals().pending().format())));
    var history = new Div(new H3(getTranslation("jobs.admin.history")));
    history.setId("admin-job-history");
    for (JobDetails.Entry entry : job.timeline()) {
      String step = JobLabels.step(entry);
      String what = step.isEmpty() ? entry.comment() : step;
      var line =
          new Div(
              new Span(
                  Formats.current().logged(entry.at()) + " · " + entry.actor() + " · " + what));
      if (entry.from() != null && !entry.comment().isBlank()) {
        line.add(new Paragraph(entry.comment()));
      }
      line.addClassName("otopair-timeline-entry");
      history.add(line);
    }
    dialog.add(facts, history);
    dialog.getFooter().add(new Button(getTranslation("jobs.admin.close"), e -> dialog.close()));
    dialog.open();
  }
}
