package com.otopair.notifications.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;

import com.otopair.demo.DemoAccounts;
import com.otopair.support.KaribuTest;
import com.vaadin.flow.component.html.H2;
import org.junit.jupiter.api.Test;

class AdminMailboxViewTest extends KaribuTest {

  @Test
  void withSmtpConfiguredTheAdminIsToldWhyNoMailIsKept() {
    signInAs(DemoAccounts.ADMIN.email());
    navigate("admin/mailbox");
    _assertOne(H2.class, spec -> spec.withText("Mail goes out over SMTP"));
    _assertNone(MailboxPanel.class);
  }
}
