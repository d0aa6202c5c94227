package com.otopair.support;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinServletRequest;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.util.ClassUtils;

/**
 * Browserless UI tests with Karibu: the real views, services and security annotations in the shared
 * Spring context, driven from Java.
 */
public abstract class KaribuTest extends IntegrationTest {

  private static final Routes ROUTES = AppRoutes.all();

  @Autowired private ApplicationContext context;
  @Autowired private UserDetailsService userDetails;

  @BeforeEach
  void setUpVaadin() {
    Function0<UI> uiFactory = UI::new;
    MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, context, uiFactory));
  }

  @AfterEach
  void tearDownVaadin() {
    MockVaadin.tearDown();
  }

  /**
   * Opens a new page as this user, as a browser does after signing in: the page starts in the
   * account's language.
   */
  protected void openAs(String email) {
    signInAs(email);
    UI.getCurrent().getPage().reload();
  }

  /** Signs in as the user with this email and lets Vaadin's access control see it. */
  protected void signInAs(String email) {
    signInToVaadin(userDetails, email);
  }

  /** Signs in for the current thread and for the mock request Vaadin's access control reads. */
  public static void signInToVaadin(UserDetailsService userDetails, String email) {
    Authentication authentication = SignIn.as(userDetails, email);
    var request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
    request.setUserPrincipalInt(authentication);
    request.setUserInRole(
        (principal, role) ->
            authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .anyMatch(("ROLE_" + role)::equals));
  }

  /** Navigates like following a link; the location may carry a query string. */
  protected static void navigate(String location) {
    int query = location.indexOf('?');
    if (query < 0) {
      UI.getCurrent().navigate(location);
    } else {
      UI.getCurrent()
          .navigate(
              location.substring(0, query),
              QueryParameters.fromString(location.substring(query + 1)));
    }
  }

  /** The simple class name of the view the UI shows now (error views included). */
  protected static String currentView() {
    HasElement view = UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
    return ClassUtils.getUserClass(view.getClass()).getSimpleName();
  }

  /** Runs what other threads handed to this UI with {@code UI.access}, as a push would. */
  protected static void runPendingPushes() {
    MockVaadin.clientRoundtrip(false);
  }
}
