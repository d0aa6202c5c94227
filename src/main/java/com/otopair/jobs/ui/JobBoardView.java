package com.otopair.jobs.ui;

import com.otopair.base.InvalidRequestException;
import com.otopair.base.LiveUpdates;
import com.otopair.base.Roles;
import com.otopair.base.ui.ComponentTexts;
import com.otopair.base.ui.Feedback;
import com.otopair.base.ui.FilterUrl;
import com.otopair.identity.UserContact;
import com.otopair.jobs.JobBoard;
import com.otopair.jobs.JobChanged;
import com.otopair.jobs.JobFilter;
import com.otopair.jobs.JobIntake;
import com.otopair.jobs.JobStatus;
import com.otopair.jobs.JobSummary;
import com.otopair.jobs.JobWorkflow;
import com.otopair.shops.CurrentShop;
import com.otopair.shops.ShopDetails;
import com.otopair.shops.ShopService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dnd.DropEffect;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jsoup.nodes.Entities;
import org.jspecify.annotations.Nullable;

/**
 * The shop's job board: a column per status with a card per job, dragged from column to column
 * under the status rules, or a filtered list. Every open board of the shop updates live.
 */
@Route("jobs")
@PageTitle("jobs.board.title")
@Menu(order = 17, icon = "vaadin:car", title = "jobs.menu.board")
@RolesAllowed({Roles.SHOP_OWNER, Roles.MECHANIC})
class JobBoardView extends Main implements BeforeEnterObserver {

  final TextField search = new TextField();
  final ComboBox<UserContact> mechanic = new ComboBox<>(getTranslation("jobs.board.mechanic"));
  final MultiSelectComboBox<JobStatus> statuses =
      new MultiSelectComboBox<>(getTranslation("jobs.board.status"));
  final DatePicker from =
      ComponentTexts.localize(new DatePicker(getTranslation("jobs.board.from")));
  final DatePicker to = ComponentTexts.localize(new DatePicker(getTranslation("jobs.board.to")));
  final Tabs mode =
      new Tabs(
          new Tab(getTranslation("jobs.board.tab.board")),
          new Tab(getTranslation("jobs.board.tab.list")));
  final Div board = new Div();

  /**
   * The list mode's grid, built when the list is shown and dropped when the board comes back: most
   * visits stay on the board, and a grid kept hidden costs every open board its memory.
   */
  @Nullable Grid<JobSummary> list;

  final Map<JobStatus, Div> columns = new EnumMap<>(JobStatus.class);

  /** The board's one "Move" menu, for whichever card's Move button is clicked. */
  @Nullable JobMoveMenu moveMenu;

  /** The jobs whose cards the board shows, by id. */
  private final Map<UUID, JobSummary> shown = new HashMap<>();

  /**
   * The board's lanes, left to right: the two ways of waiting share a lane, and so do the two ends,
   * so all seven states fit a laptop screen side by side; on a phone the lanes stack.
   */
  static final List<List<JobStatus>> LANES =
      List.of(
          List.of(JobStatus.REQUESTED),
          List.of(JobStatus.ACCEPTED),
          List.of(JobStatus.IN_PROGRESS),
          List.of(JobStatus.WAITING_PARTS, JobStatus.WAITING_APPROVAL),
          List.of(JobStatus.COMPLETED, JobStatus.CANCELLED));

  private final JobBoard jobs;
  private final JobWorkflow workflow;
  private final @Nullable ShopDetails shop;
  private final ZoneId zone;
  private final boolean owner;
  private @Nullable FilterUrl filters;

  JobBoardView(
      JobBoard jobs,
      JobWorkflow workflow,
      JobIntake intake,
      ShopService shops,
      CurrentShop current,
      LiveUpdates live) {
    this.jobs = jobs;
    this.workflow = workflow;
    addClassName("otopair-page");
    addClassName("otopair-jobs-page");
    shop = current.among(shops.myShops()).orElse(null);
    if (shop == null) {
      zone = ZoneId.of("UTC"); // i18n: a zone id
      owner = false;
      var card =
          new Div(
              new H2(getTranslation("jobs.board.no-shop.heading")),
              new Paragraph(getTranslation("jobs.board.no-shop.text")));
      card.addClassName("otopair-card");
      add(card);
      return;
    }
    zone = ZoneId.of(shop.timeZone());
    owner = jobs.runsShop(shop.id());
    var heading = new H2(getTranslation("jobs.board.heading", shop.name()));
    heading.addClassName("otopair-page-title");
    var header = new Div(heading);
    header.addClassName("otopair-page-header");
    if (owner) {
      var newJob =
          new Button(
              getTranslation("jobs.board.new"),
              VaadinIcon.PLUS.create(),
              e -> new NewJobDialog(intake, shop.id(), this::open).open());
      newJob.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      newJob.setId("new-job");
      header.add(newJob);
    }

    search.setPlaceholder(getTranslation("jobs.board.search.placeholder"));
    search.setPrefixComponent(VaadinIcon.SEARCH.create());
    search.setClearButtonVisible(true);
    search.setValueChangeMode(ValueChangeMode.LAZY);
    search.setAriaLabel(getTranslation("jobs.board.search.label"));
    List<UserContact> team = jobs.mechanics(shop.id());
    mechanic.setItems(team);
    mechanic.setItemLabelGenerator(UserContact::name);
    mechanic.setClearButtonVisible(true);
    mechanic.setPlaceholder(getTranslation("jobs.board.mechanic.everyone"));
    statuses.setItems(JobStatus.values());
    statuses.setItemLabelGenerator(JobStatus::label);
    statuses.setPlaceholder(getTranslation("jobs.board.status.any"));
    statuses.setVisible(false);
    from.setClearButtonVisible(true);
    to.setClearButtonVisible(true);
    filters =
        FilterUrl.at("jobs", this::refresh)
            .text("q", search)
            .item("mechanic", mechanic, team, person -> person.id().toString())
            .add(
                "status",
                statuses,
                JobBoardView::parseStatuses,
                JobBoardView::writeStatuses,
                Set.of())
            .date("from", from)
            .date("to", to);
    var bar = new Div(search, mechanic, statuses, from, to);
    bar.addClassName("otopair-filters");

    for (List<JobStatus> lane : LANES) {
      var laneBox = new Div();
      laneBox.addClassName("otopair-job-lane");
      for (JobStatus status : lane) {
        var column = new Div();
        column.addClassName("otopair-job-column");
        column.getElement().setAttribute("data-status", status.name());
        DropTarget<Div> target = DropTarget.create(column);
        target.setDropEffect(DropEffect.MOVE);
        target.addDropListener(
            e ->
                e.getDragSourceComponent()
                    .flatMap(c -> c.getId())
                    .ifPresent(id -> move(UUID.fromString(id.substring(4)), status)));
        columns.put(status, column);
        laneBox.add(column);
      }
      board.add(laneBox);
    }
    board.addClassName("otopair-job-board");
    board.setId("job-board");
    moveMenu = new JobMoveMenu(board, id -> Optional.ofNullable(shown.get(id)), owner, this::move);

    mode.addSelectedChangeListener(
        e -> {
          boolean listMode = listMode();
          board.setVisible(!listMode);
          if (listMode && list == null) {
            list = new JobListGrid(zone, this::open);
            add(list);
          } else if (!listMode && list != null) {
            remove(list);
            list = null;
          }
          statuses.setVisible(listMode);
          refresh();
        });
    add(header, mode, bar, board);
    live.subscribe(
        this,
        JobChanged.class,
        event -> {
          if (event.shopId().equals(shop.id())) {
            refresh();
          }
        });
  }

  /** Where this board lives: the address a bookmark or a shared link brings back. */
  Location filterLocation() {
    return filters == null ? new Location("jobs") : filters.location();
  }

  /** Fills the filters from the address; a status filter opens the list, where it applies. */
  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    if (filters == null) {
      return;
    }
    filters.read(event);
    if (!statuses.isEmpty()) {
      mode.setSelectedIndex(1);
    }
  }

  private static Optional<Set<JobStatus>> parseStatuses(String text) {
    Set<JobStatus> found = EnumSet.noneOf(JobStatus.class);
    for (String name : text.split(",")) {
      Arrays.stream(JobStatus.values())
          .filter(status -> status.name().equals(name))
          .findFirst()
          .ifPresent(found::add);
    }
    return found.isEmpty() ? Optional.empty() : Optional.of(found);
  }

  private static @Nullable String writeStatuses(Set<JobStatus> chosen) {
    return chosen.isEmpty()
        ? null
        : chosen.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
  }

  private boolean listMode() {
    return mode.getSelectedIndex() == 1;
  }

  JobFilter filter() {
    return new JobFilter(
        listMode() ? statuses.getValue() : Set.of(),
        mechanic.getValue() == null ? null : mechanic.getValue().id(),
        from.getValue(),
        to.getValue(),
        search.getValue());
  }

  void refresh() {
    if (shop == null) {
      return;
    }
    List<JobSummary> found = jobs.board(shop.id(), filter());
    shown.clear();
    if (list != null) {
      list.setItems(found);
      // The hidden board's cards go: it is rebuilt when it comes back.
      columns.values().forEach(Div::removeAll);
      return;
    }
    found.forEach(job -> shown.put(job.id(), job));
    for (JobStatus status : JobStatus.values()) {
      Div column = columns.get(status);
      column.removeAll();
      List<JobSummary> here = found.stream().filter(j -> j.status() == status).toList();
      var top = new Div();
      top.addClassName("otopair-job-column-header");
      top.getElement()
          .setProperty(
              "innerHTML",
              "<h3>" // i18n: markup
                  + Entities.escape(status.label())
                  + "</h3>"
                  + JobCard.line("otopair-job-count", String.valueOf(here.size())));
      column.add(top);
      if (here.isEmpty()) {
        var empty =
            new Paragraph(
                getTranslation(
                    status.isOpen() ? "jobs.board.column.empty" : "jobs.board.column.none-lately"));
        empty.addClassName("otopair-muted");
        column.add(empty);
      }
      here.forEach(job -> column.add(new JobCard(job, zone, owner, this::open)));
    }
  }

  /** A card dropped on a column, or moved from its menu; refused moves say why. */
  void move(UUID jobId, JobStatus target) {
    try {
      workflow.move(jobId, target, "");
      Feedback.success(getTranslation("jobs.board.moved", target.label()));
    } catch (InvalidRequestException refused) {
      Feedback.error(refused.getMessage());
    }
    refresh();
  }

  void open(JobSummary job) {
    getUI()
        .ifPresent(
            ui -> ui.navigate(JobView.class, new RouteParameters("jobId", job.id().toString())));
  }
}
