package com.otopair.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.demo.DemoAccounts;
import com.otopair.support.KaribuTest;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each role reaches its views and not the others'; anonymous visitors are sent to sign in. */
class AccessByRoleTest extends KaribuTest {

  private static final List<String> SIGNED_IN_ONLY = List.of("home", "profile");
  private static final List<String> ADMIN_ONLY =
      List.of(
          "admin/sessions",
          "admin/users",
          "admin/audit",
          "admin/access-log",
          "admin/jobs",
          "admin/payments",
          "admin/analytics",
          "admin/email-log",
          "admin/mail-preview",
          "admin/outbox",
          "admin/crm",
          "admin/bookings");

  private String landedOn(String location) {
    navigate(location);
    return currentView();
  }

  @Test
  void anonymousVisitorsSeePublicPagesAndAreSentToSignInForTheRest() {
    assertThat(landedOn("")).isEqualTo("LandingView");
    assertThat(landedOn("signup")).isEqualTo("SignUpView");
    assertThat(landedOn("list-your-shop")).isEqualTo("ShopOwnerSignUpView");
    assertThat(landedOn("forgot-password")).isEqualTo("ForgotPasswordView");
    for (String location : SIGNED_IN_ONLY) {
      assertThat(landedOn(location)).as(location).isEqualTo("LoginView");
    }
    for (String location : ADMIN_ONLY) {
      assertThat(landedOn(location)).as(location).isEqualTo("LoginView");
    }
  }

  @Test
  void customersReachTheirPagesButNotTheAdminViews() {
    signInAs(DemoAccounts.CUSTOMER.email());
    assertThat(landedOn("")).isEqualTo("HomeView");
    assertThat(landedOn("profile")).isEqualTo("ProfileView");
    assertThat(menu())
        .containsExactly("Home", "My bookings", "Live sessions", "Notifications", "Profile");
    assertThat(landedOn("schedule")).isIn("AccessDeniedView", "NotFoundView");
    for (String location : ADMIN_ONLY) {
      assertThat(landedOn(location)).as(location).isIn("AccessDeniedView", "NotFoundView");
    }
  }

  @Test
  void shopOwnersAndMechanicsReachTheirPagesButNotTheAdminViews() {
    for (String email :
        List.of(
            DemoAccounts.SHOP_OWNERS.getFirst().email(),
            DemoAccounts.MECHANICS.getFirst().email())) {
      signInAs(email);
      assertThat(landedOn("home")).isEqualTo("HomeView");
      if (email.startsWith("sophie")) {
        assertThat(menu())
            .containsExactly(
                "Home",
                "Your shops",
                "Schedule",
                "Bookings",
                "Jobs",
                "Payments",
                "Analytics",
                "Team",
                "Shop settings",
                "Notifications",
                "Profile");
      }
      if (email.startsWith("luc")) {
        _assertOne(H2.class, spec -> spec.withText("Your jobs today"));
      } else {
        // An owner with a shop lands on their live dashboard.
        _assertOne(Tile.class, spec -> spec.withId("tile-bookings-today"));
      }
      assertThat(landedOn("schedule")).isEqualTo("ScheduleView");
      assertThat(landedOn("shop/settings"))
          .as(email)
          .isIn(
              email.startsWith("sophie")
                  ? List.of("ShopSettingsView")
                  : List.of("AccessDeniedView", "NotFoundView"));
      assertThat(landedOn("shop/payments"))
          .as(email)
          .isIn(
              email.startsWith("sophie")
                  ? List.of("ShopPaymentsView")
                  : List.of("AccessDeniedView", "NotFoundView"));
      assertThat(landedOn("shop/analytics"))
          .as(email)
          .isIn(
              email.startsWith("sophie")
                  ? List.of("ShopAnalyticsView")
                  : List.of("AccessDeniedView", "NotFoundView"));
      assertThat(landedOn("sessions"))
          .as(email)
          .isIn(
              email.startsWith("luc")
                  ? List.of("SessionsView")
                  : List.of("AccessDeniedView", "NotFoundView"));
      for (String location : ADMIN_ONLY) {
        assertThat(landedOn(location)).as(location).isIn("AccessDeniedView", "NotFoundView");
      }
    }
  }

  @Test
  void adminsReachTheAdminViewsAndSeeThemInTheMenu() {
    signInAs(DemoAccounts.ADMIN.email());
    assertThat(landedOn("admin/users")).isEqualTo("UsersView");
    assertThat(landedOn("admin/audit")).isEqualTo("AuditLogView");
    assertThat(landedOn("admin/access-log")).isEqualTo("AccessLogView");
    assertThat(landedOn("home")).isEqualTo("HomeView");
    assertThat(menu())
        .contains(
            "Users",
            "Shops",
            "All jobs",
            "Payments",
            "Analytics",
            "Email log",
            "Email previews",
            "Audit log",
            "Access log",
            "Live sessions",
            "Outbox",
            "CRM",
            "Dev mailbox",
            "Notifications",
            "Profile");
    assertThat(landedOn("admin/payments")).isEqualTo("AdminPaymentsView");
    assertThat(landedOn("admin/analytics")).isEqualTo("AdminAnalyticsView");
    assertThat(landedOn("admin/sessions")).isEqualTo("AdminSessionsView");
    assertThat(landedOn("admin/crm")).isEqualTo("CrmView");
    assertThat(landedOn("admin/email-log")).isEqualTo("EmailLogView");
    assertThat(landedOn("admin/mail-preview")).isEqualTo("MailPreviewView");
    assertThat(landedOn("admin/bookings")).isEqualTo("AdminBookingsView");
    assertThat(menu()).contains("Bookings");
  }

  private static List<String> menu() {
    return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
  }
}
