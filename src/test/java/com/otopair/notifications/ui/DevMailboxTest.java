package com.otopair.notifications.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.otopair.base.Roles;
import com.otopair.identity.AccountService;
import com.otopair.identity.SignUp;
import com.otopair.notifications.DevMailbox;
import com.otopair.support.AppRoutes;
import com.otopair.support.FreshDatabaseTest;
import com.otopair.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import kotlin.jvm.functions.Function0;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * On a machine without SMTP, mail is kept and shown in the dev mailbox, which anyone can open so
 * that verification links work out of the box.
 */
@Order(FreshDatabaseTest.ORDER)
class DevMailboxTest extends FreshDatabaseTest {

  @Autowired ApplicationContext context;
  @Autowired AccountService accounts;
  @Autowired DevMailbox mailbox;
  @Autowired UserDetailsService userDetails;

  @BeforeEach
  void setUpVaadin() {
    Function0<UI> uiFactory = UI::new;
    MockVaadin.setup(uiFactory, new MockSpringServlet(AppRoutes.all(), context, uiFactory));
  }

  @AfterEach
  void tearDownVaadin() {
    MockVaadin.tearDown();
  }

  @Test
  @SuppressWarnings("unchecked")
  void aSignUpMailLandsInTheDevMailboxWithAWorkingLink() {
    accounts.signUp(
        new SignUp(
            "Dev Tester", "dev.tester@example.test", "a long enough passphrase", Roles.CUSTOMER));
    assertThat(mailbox.enabled()).isTrue();
    Awaitility.await()
        .atMost(Duration.ofSeconds(15))
        .until(() -> !mailbox.list("dev.tester", PageRequest.of(0, 10)).isEmpty());

    UI.getCurrent().navigate("dev/mailbox");
    Grid<DevMailbox.Mail> grid = _get(Grid.class);
    _setValue(_get(TextField.class), "dev.tester");
    assertThat(_size(grid)).isEqualTo(1);
    assertThat(_get(grid, 0).subject()).isEqualTo("Confirm your email for Otopair");

    _clickItem(grid, 0);
    assertThat(_get(IFrame.class).getSrcdoc().orElseThrow()).contains("Confirm my email");
    Anchor link = _get(Anchor.class, spec -> spec.withId("mailbox-link-0"));
    assertThat(link.getHref()).startsWith("http://otopair.test/verify?token=");
  }

  @Test
  void adminsSeeTheDevMailboxInTheirLayout() {
    KaribuTest.signInToVaadin(userDetails, "first.admin@example.test");
    UI.getCurrent().navigate("admin/mailbox");
    _get(MailboxPanel.class);
    assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel))
        .contains("Dev mailbox");
  }
}
