package com.otopair.identity.ui;

import com.otopair.base.Formats;
import com.otopair.base.LiveUpdates;
import com.otopair.base.Roles;
import com.otopair.base.ui.Badge;
import com.otopair.base.ui.Badge.Tone;
import com.otopair.base.ui.Feedback;
import com.otopair.base.ui.FilterUrl;
import com.otopair.base.ui.GridColumns;
import com.otopair.identity.UserChanged;
import com.otopair.identity.UserDirectory;
import com.otopair.identity.UserFilter;
import com.otopair.identity.UserRegistered;
import com.otopair.identity.UserStatus;
import com.otopair.identity.UserSummary;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Admins find any user by name or email, filter by role and status, change a role, suspend and
 * reactivate. The filter lives in the address bar, so a search can be bookmarked and shared; new
 * sign-ups appear live.
 */
@Route("admin/users")
@PageTitle("Users")
@Menu(order = 100, icon = "vaadin:users", title = "Users")
@RolesAllowed(Roles.ADMIN)
class UsersView extends Main implements BeforeEnterObserver {

  private static final String ANY = "";

  final TextField search = new TextField();
  final Select<String> role = new Select<>();
  final Select<String> status = new Select<>();
  final Grid<UserSummary> grid = new Grid<>();
  final Span total = new Span();

  private final UserDirectory directory;
  private final FilterUrl filters;

  UsersView(UserDirectory directory, LiveUpdates live) {
    this.directory = directory;
    addClassName("otopair-page");
    addClassName("otopair-grid-page");

    search.setPlaceholder("Search name or email");
    search.setPrefixComponent(VaadinIcon.SEARCH.create());
    search.setClearButtonVisible(true);
    search.setValueChangeMode(ValueChangeMode.LAZY);
    search.setAriaLabel("Search name or email");
    search.setId("users-search");

    role.setLabel("Role");
    role.setItems(withAny(Roles.ALL));
    role.setItemLabelGenerator(r -> r.isEmpty() ? "Any role" : Roles.label(r));
    role.setValue(ANY);
    role.setId("users-role");

    status.setLabel("Status");
    status.setItems(withAny(List.of(UserStatus.ACTIVE.name(), UserStatus.SUSPENDED.name())));
    status.setItemLabelGenerator(s -> s.isEmpty() ? "Any status" : UserStatus.valueOf(s).label());
    status.setValue(ANY);
    status.setId("users-status");

    filters =
        FilterUrl.at("admin/users", this::refresh)
            .text("q", search)
            .choice("role", role, Set.copyOf(Roles.ALL), ANY)
            .choice(
                "status",
                status,
                Set.of(UserStatus.ACTIVE.name(), UserStatus.SUSPENDED.name()),
                ANY);

    grid.addColumn(UserSummary::name)
        .setHeader("Name")
        .setKey("name")
        .setSortProperty("displayName")
        .setWidth("10rem")
        .setFlexGrow(1);
    grid.addColumn(UserSummary::email)
        .setHeader("Email")
        .setKey("email")
        .setSortProperty("email")
        .setWidth("14rem")
        .setFlexGrow(2);
    grid.addColumn(u -> Roles.label(u.role()))
        .setHeader("Role")
        .setKey("role")
        .setSortProperty("role")
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addComponentColumn(UsersView::statusBadge)
        .setHeader("Status")
        .setKey("status")
        .setSortProperty("status")
        .setAutoWidth(true)
        .setFlexGrow(0);
    var joined =
        grid.addColumn(u -> Formats.current().date(u.createdAt(), ZoneOffset.UTC))
            .setHeader("Joined")
            .setKey("createdAt")
            .setSortProperty("createdAt")
            .setAutoWidth(true)
            .setFlexGrow(0);
    grid.addComponentColumn(this::actions)
        .setHeader("Actions")
        .setKey("actions")
        .setAutoWidth(true)
        .setFlexGrow(0);
    GridColumns.of(grid)
        .hideBelow(1100, joined)
        .cardsBelow(
            640,
            user ->
                GridColumns.card(
                    user.name(),
                    List.of(
                        user.email(),
                        Roles.label(user.role())
                            + " · joined "
                            + Formats.current().date(user.createdAt(), ZoneOffset.UTC)),
                    statusBadge(user),
                    actions(user)));
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
    grid.setEmptyStateText("No users match this search. Try fewer words or another filter.");
    grid.setId("users-grid");
    grid.setItems(
        query ->
            directory
                .search(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query))
                .stream());

    total.addClassName("otopair-muted");
    total.setId("users-total");
    var filters = new HorizontalLayout(search, role, status, total);
    filters.setAlignItems(FlexComponent.Alignment.BASELINE);
    filters.setWrap(true);
    filters.addClassName("otopair-filters");
    add(filters, grid);

    live.subscribe(this, UserRegistered.class, event -> refresh());
    live.subscribe(this, UserChanged.class, event -> refresh());
  }

  private static List<String> withAny(List<String> values) {
    var all = new ArrayList<String>();
    all.add(ANY);
    all.addAll(values);
    return all;
  }

  UserFilter filter() {
    return new UserFilter(
        search.getValue(),
        role.getValue() == null || role.getValue().isEmpty() ? null : role.getValue(),
        status.getValue() == null || status.getValue().isEmpty()
            ? null
            : UserStatus.valueOf(status.getValue()));
  }

  /** Where this search lives: the address a bookmark or a shared link brings back. */
  Location filterLocation() {
    return filters.location();
  }

  private void refresh() {
    grid.getDataProvider().refreshAll();
    long count = directory.count(filter());
    total.setText(count == 1 ? "1 user" : String.format("%,d users", count));
  }

  private Component actions(UserSummary user) {
    var changeRole = new Button("Role", VaadinIcon.KEY.create(), e -> openRoleDialog(user));
    changeRole.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
    changeRole.getElement().setAttribute("aria-label", "Change role of " + user.email());
    Button toggle;
    if (user.status() == UserStatus.ACTIVE) {
      toggle = new Button("Suspend", e -> confirmSuspend(user));
      toggle.addThemeVariants(
          ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
    } else {
      toggle = new Button("Reactivate", e -> confirmReactivate(user));
      toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
    }
    return new Div(changeRole, toggle);
  }

  private static Component statusBadge(UserSummary user) {
    return new Badge(
        user.status().label() + (user.emailVerified() ? "" : " · unconfirmed"),
        user.status() == UserStatus.SUSPENDED
            ? Tone.ERROR
            : user.emailVerified() ? Tone.SUCCESS : Tone.NEUTRAL);
  }

  void openRoleDialog(UserSummary user) {
    var choice = new Select<String>();
    choice.setLabel("New role");
    choice.setItems(Roles.ALL);
    choice.setItemLabelGenerator(Roles::label);
    choice.setValue(user.role());
    var dialog = new ConfirmDialog();
    dialog.setHeader("Change the role of " + user.name() + "?");
    dialog.add(
        new Div(
            new Span("Their open sessions end, and they sign in again with the new role."),
            choice));
    dialog.setCancelable(true);
    dialog.setConfirmText("Change role");
    dialog.addConfirmListener(
        e -> run(() -> directory.changeRole(user.id(), choice.getValue()), "Role changed"));
    dialog.open();
  }

  void confirmSuspend(UserSummary user) {
    var dialog =
        new ConfirmDialog(
            "Suspend " + user.name() + "?",
            "They can't sign in until reactivated, and their open sessions end now.",
            "Suspend",
            e -> run(() -> directory.suspend(user.id()), user.name() + " is suspended"));
    dialog.setCancelable(true);
    dialog.setConfirmButtonTheme("error primary");
    dialog.open();
  }

  void confirmReactivate(UserSummary user) {
    var dialog =
        new ConfirmDialog(
            "Reactivate " + user.name() + "?",
            "They can sign in again right away.",
            "Reactivate",
            e -> run(() -> directory.reactivate(user.id()), user.name() + " can sign in again"));
    dialog.setCancelable(true);
    dialog.open();
  }

  private void run(Runnable action, String success) {
    if (Feedback.run(action, success)) {
      refresh();
    }
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    filters.read(event);
  }
}
