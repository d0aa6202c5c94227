package com.otopair.identity.ui;

import com.otopair.base.AccessReads;
import com.otopair.base.Formats;
import com.otopair.base.I18n;
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
@PageTitle("identity.users.title")
@Menu(order = 100, icon = "vaadin:users", title = "identity.menu.users")
@RolesAllowed(Roles.ADMIN)
class UsersView extends Main implements BeforeEnterObserver {

  private static final String ANY = "";

  final TextField search = new TextField();
  final Select<String> role = new Select<>();
  final Select<String> status = new Select<>();
  final Grid<UserSummary> grid = new Grid<>();
  final Span total = new Span();

  private final UserDirectory directory;
  private final AccessReads reads;
  private final FilterUrl filters;

  UsersView(UserDirectory directory, LiveUpdates live, AccessReads reads) {
    this.directory = directory;
    this.reads = reads;
    addClassName("otopair-page");
    addClassName("otopair-grid-page");

    search.setPlaceholder(getTranslation("identity.users.search"));
    search.setPrefixComponent(VaadinIcon.SEARCH.create());
    search.setClearButtonVisible(true);
    search.setValueChangeMode(ValueChangeMode.LAZY);
    search.setAriaLabel(getTranslation("identity.users.search"));
    search.setId("users-search");

    role.setLabel(getTranslation("identity.users.role"));
    role.setItems(withAny(Roles.ALL));
    role.setItemLabelGenerator(
        r -> r.isEmpty() ? getTranslation("identity.users.role.any") : Roles.label(r));
    role.setValue(ANY);
    role.setId("users-role");

    status.setLabel(getTranslation("identity.users.status"));
    status.setItems(withAny(List.of(UserStatus.ACTIVE.name(), UserStatus.SUSPENDED.name())));
    status.setItemLabelGenerator(
        s ->
            s.isEmpty()
                ? getTranslation("identity.users.status.any")
                : UserStatus.valueOf(s).label());
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
        .setHeader(getTranslation("identity.users.column.name"))
        .setKey("name")
        .setSortProperty("displayName")
        .setWidth("10rem")
        .setFlexGrow(1);
    grid.addColumn(UserSummary::email)
        .setHeader(getTranslation("identity.users.column.email"))
        .setKey("email")
        .setSortProperty("email")
        .setWidth("14rem")
        .setFlexGrow(2);
    grid.addColumn(u -> Roles.label(u.role()))
        .setHeader(getTranslation("identity.users.column.role"))
        .setKey("role")
        .setSortProperty("role")
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addComponentColumn(UsersView::statusBadge)
        .setHeader(getTranslation("identity.users.column.status"))
        .setKey("status")
        .setSortProperty("status")
        .setAutoWidth(true)
        .setFlexGrow(0);
    var joined =
        grid.addColumn(u -> Formats.current().date(u.createdAt(), ZoneOffset.UTC))
            .setHeader(getTranslation("identity.users.column.joined"))
            .setKey("createdAt")
            .setSortProperty("createdAt")
            .setAutoWidth(true)
            .setFlexGrow(0);
    grid.addComponentColumn(this::actions)
        .setHeader(getTranslation("identity.users.column.actions"))
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
                        getTranslation(
                            "identity.users.card.role-joined",
                            Roles.label(user.role()),
                            Formats.current().date(user.createdAt(), ZoneOffset.UTC))),
                    statusBadge(user),
                    actions(user)));
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
    grid.setEmptyStateText(getTranslation("identity.users.empty"));
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
    total.setText(getTranslation("identity.users.total", count));
  }

  private Component actions(UserSummary user) {
    if (user.deleted()) {
      // An erased account has no one to give a role to or to let back in.
      return new Div();
    }
    var changeRole =
        new Button(
            getTranslation("identity.users.role.button"),
            VaadinIcon.KEY.create(),
            e -> openRoleDialog(user));
    changeRole.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
    changeRole.setAriaLabel(getTranslation("identity.users.role.button.label", user.email()));
    Button toggle;
    if (user.status() == UserStatus.ACTIVE) {
      toggle = new Button(getTranslation("identity.users.suspend"), e -> confirmSuspend(user));
      toggle.addThemeVariants(
          ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
    } else {
      toggle =
          new Button(getTranslation("identity.users.reactivate"), e -> confirmReactivate(user));
      toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
    }
    return new Div(changeRole, toggle);
  }

  private static Component statusBadge(UserSummary user) {
    if (user.deleted()) {
      return new Badge(I18n.t("identity.users.deleted"), Tone.NEUTRAL);
    }
    return new Badge(
        user.emailVerified()
            ? user.status().label()
            : I18n.t("identity.users.unconfirmed", user.status().label()),
        user.status() == UserStatus.SUSPENDED
            ? Tone.ERROR
            : user.emailVerified() ? Tone.SUCCESS : Tone.NEUTRAL);
  }

  void openRoleDialog(UserSummary user) {
    reads.read(AccessReads.Subject.USER, user.id(), user.id(), null);
    var choice = new Select<String>();
    choice.setLabel(getTranslation("identity.users.role.new"));
    choice.setItems(Roles.ALL);
    choice.setItemLabelGenerator(Roles::label);
    choice.setValue(user.role());
    var dialog = new ConfirmDialog();
    dialog.setHeader(getTranslation("identity.users.role.title", user.name()));
    dialog.add(new Div(new Span(getTranslation("identity.users.role.text")), choice));
    cancelable(dialog);
    dialog.setConfirmText(getTranslation("identity.users.role.confirm"));
    dialog.addConfirmListener(
        e ->
            run(
                () -> directory.changeRole(user.id(), choice.getValue()),
                getTranslation("identity.users.role.changed")));
    dialog.open();
  }

  void confirmSuspend(UserSummary user) {
    reads.read(AccessReads.Subject.USER, user.id(), user.id(), null);
    var dialog =
        new ConfirmDialog(
            getTranslation("identity.users.suspend.title", user.name()),
            getTranslation("identity.users.suspend.text"),
            getTranslation("identity.users.suspend"),
            e ->
                run(
                    () -> directory.suspend(user.id()),
                    getTranslation("identity.users.suspended", user.name())));
    cancelable(dialog);
    dialog.setConfirmButtonTheme("error primary"); // i18n: theme names
    dialog.open();
  }

  void confirmReactivate(UserSummary user) {
    reads.read(AccessReads.Subject.USER, user.id(), user.id(), null);
    var dialog =
        new ConfirmDialog(
            getTranslation("identity.users.reactivate.title", user.name()),
            getTranslation("identity.users.reactivate.text"),
            getTranslation("identity.users.reactivate"),
            e ->
                run(
                    () -> directory.reactivate(user.id()),
                    getTranslation("identity.users.reactivated", user.name())));
    cancelable(dialog);
    dialog.open();
  }

  private void cancelable(ConfirmDialog dialog) {
    dialog.setCancelable(true);
    dialog.setCancelText(getTranslation("identity.dialog.cancel"));
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
