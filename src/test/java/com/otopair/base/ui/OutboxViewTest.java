package com.otopair.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValidationUtilsKt;
import com.otopair.base.Outbox;
import com.otopair.base.Roles;
import com.otopair.demo.DemoAccounts;
import com.otopair.identity.AccountService;
import com.otopair.identity.SignUp;
import com.otopair.support.KaribuTest;
import com.otopair.support.TestMail;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class OutboxViewTest extends KaribuTest {

  @Autowired AccountService accounts;
  @Autowired Outbox outbox;

  @AfterEach
  void smtpIsBack() {
    TestMail.stop();
    TestMail.restart();
  }

  @Test
  void anAdminSeesAStuckMailAndDiscardsItWithAReason() {
    TestMail.stop();
    String email = "outbox-view-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    accounts.signUp(new SignUp("Vera View", email, "a long enough passphrase", Roles.CUSTOMER));
    signInAs(DemoAccounts.ADMIN.email());
    Awaitility.await()
        .pollInSameThread()
        .atMost(Duration.ofSeconds(20))
        .until(() -> outbox.list(null).stream().anyMatch(e -> e.payload().contains(email)));

    navigate("admin/outbox");
    OutboxView view = _get(OutboxView.class);
    Outbox.Entry entry =
        GridKt._findAll(view.grid).stream()
            .filter(e -> e.payload().contains(email))
            .findFirst()
            .orElseThrow();
    assertThat(entry.listener()).isEqualTo("AccountMails.on");

    view.confirmDiscard(entry);
    Dialog dialog = _get(Dialog.class);
    _click(_get(dialog, Button.class, spec -> spec.withId("confirm-discard")));
    HasValidationUtilsKt._expectInvalid(_get(dialog, TextArea.class), "Say why it can be dropped");
    _setValue(_get(dialog, TextArea.class), "Typo in the address");
    _click(_get(dialog, Button.class, spec -> spec.withId("confirm-discard")));
    expectNotifications("Discarded");
    assertThat(GridKt._findAll(view.grid)).extracting(Outbox.Entry::id).doesNotContain(entry.id());
  }
}
