package com.otopair.identity.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.otopair.base.LiveUpdates;
import com.otopair.base.Roles;
import com.otopair.demo.DemoAccounts;
import com.otopair.identity.AccountService;
import com.otopair.identity.SignUp;
import com.otopair.identity.UserProvisioning;
import com.otopair.identity.UserStatus;
import com.otopair.identity.UserSummary;
import com.otopair.support.KaribuTest;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class UsersViewTest extends KaribuTest {

  @Autowired UserProvisioning provisioning;
  @Autowired AccountService accounts;
  @Autowired LiveUpdates live;

  private final String tag = UUID.randomUUID().toString().substring(0, 8);
  private UsersView view;

  @BeforeEach
  void openAsAdmin() {
    signInAs(DemoAccounts.ADMIN.email());
    navigate("admin/users");
    view = _get(UsersView.class);
  }

  private String create(String name, String role) {
    String email = name.toLowerCase().replace(' ', '.') + "-" + tag + "@example.test";
    provisioning.createVerifiedUser(email, name, role, "a long enough passphrase");
    return email;
  }

  private List<UserSummary> rows() {
    var rows = new ArrayList<UserSummary>();
    for (int i = 0; i < _size(view.grid); i++) {
      rows.add(_get(view.grid, i));
    }
    return rows;
  }

  @Test
  void searchNarrowsTheGridAndLandsInTheAddressBar() {
    create("Grace Hopper", Roles.CUSTOMER);
    create("Ada Lovelace", Roles.MECHANIC);

    _setValue(view.search, "hopper-" + tag);
    assertThat(rows()).extracting(UserSummary::name).containsExactly("Grace Hopper");
    assertThat(view.total.getText()).isEqualTo("1 user");
    assertThat(view.filterLocation().getPathWithQueryParameters())
        .isEqualTo("admin/users?q=hopper-" + tag);
  }

  @Test
  void roleAndStatusFiltersComeBackFromTheAddress() {
    create("Ada Lovelace", Roles.MECHANIC);
    create("Grace Hopper", Roles.CUSTOMER);

    navigate("admin/users?q=" + tag + "&role=MECHANIC&status=ACTIVE");
    view = _get(UsersView.class);

    assertThat(view.search.getValue()).isEqualTo(tag);
    assertThat(view.role.getValue()).isEqualTo(Roles.MECHANIC);
    assertThat(view.status.getValue()).isEqualTo(UserStatus.ACTIVE.name());
    assertThat(rows()).extracting(UserSummary::name).containsExactly("Ada Lovelace");
  }

  @Test
  void adminChangesARoleAfterConfirming() {
    create("Ada Lovelace", Roles.CUSTOMER);
    _setValue(view.search, tag);
    UserSummary ada = rows().getFirst();

    view.openRoleDialog(ada);
    ConfirmDialog dialog = _get(ConfirmDialog.class);
    @SuppressWarnings("unchecked")
    Select<String> choice = _get(dialog, Select.class);
    _setValue(choice, Roles.MECHANIC);
    ConfirmDialogKt._fireConfirm(dialog);

    expectNotifications("Role changed");
    assertThat(rows()).extracting(UserSummary::role).containsExactly(Roles.MECHANIC);
  }

  @Test
  void adminSuspendsAndReactivatesAUser() {
    create("Sam Suspended", Roles.CUSTOMER);
    _setValue(view.search, tag);

    view.confirmSuspend(rows().getFirst());
    ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
    expectNotifications("Sam Suspended is suspended");
    assertThat(rows()).extracting(UserSummary::status).containsExactly(UserStatus.SUSPENDED);

    view.confirmReactivate(rows().getFirst());
    ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
    assertThat(rows()).extracting(UserSummary::status).containsExactly(UserStatus.ACTIVE);
  }

  @Test
  void aNewSignUpAppearsInTheOpenGridAtOnce() {
    _setValue(view.search, tag);
    assertThat(rows()).isEmpty();

    CompletableFuture.runAsync(
            () ->
                accounts.signUp(
                    new SignUp(
                        "Live Newcomer",
                        "newcomer-" + tag + "@example.test",
                        "a long enough passphrase",
                        Roles.CUSTOMER)))
        .join();
    runPendingPushes();

    assertThat(rows()).extracting(UserSummary::name).containsExactly("Live Newcomer");
  }

  @Test
  void leavingTheViewEndsItsLiveSubscriptions() {
    int whileOpen = live.subscriberCount();
    navigate("profile");
    assertThat(live.subscriberCount()).isEqualTo(whileOpen - 2);
  }
}
