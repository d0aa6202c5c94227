package com.otopair.consult.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MessagesKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.otopair.base.Roles;
import com.otopair.consult.ChatLine;
import com.otopair.consult.ConsultFixtures;
import com.otopair.consult.LiveSessions;
import com.otopair.consult.MechanicPresence;
import com.otopair.consult.SessionChat;
import com.otopair.consult.SessionQueue;
import com.otopair.identity.UserDirectory;
import com.otopair.identity.UserProvisioning;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.AppRoutes;
import com.otopair.support.Cluster;
import com.otopair.support.FreshDatabaseTest;
import com.otopair.support.KaribuTest;
import com.otopair.support.SignIn;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.messages.MessageListItem;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import kotlin.jvm.functions.Function0;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.RememberMeServices;
import org.springframework.security.web.authentication.rememberme.RememberMeAuthenticationFilter;

/**
 * Live sessions on two nodes of Otopair that share one PostgreSQL: what one node's services do
 * shows on the pages open on the other node (a Karibu UI on node two), relayed by {@code
 * LISTEN/NOTIFY}. Node one is driven through its services, as another browser's requests would. And
 * a browser's session on node one ends when an admin on node two ends the user's sessions.
 */
@Order(FreshDatabaseTest.ORDER)
class SessionsAcrossNodesTest {

  private static final Routes ROUTES = AppRoutes.all();

  static ConfigurableApplicationContext one;
  static ConfigurableApplicationContext two;
  static Cluster cluster;

  ConsultFixtures fixture;

  @BeforeAll
  static void startTwoNodesOnOneDatabase() {
    cluster = Cluster.start(List.of());
    one = cluster.one();
    two = cluster.two();
  }

  @AfterAll
  static void stopBothNodes() {
    if (cluster != null) {
      cluster.close();
    }
  }

  @BeforeEach
  void openABrowserOnNodeTwo() {
    fixture =
        ConsultFixtures.create(
            one.getBean(UserProvisioning.class),
            one.getBean(ShopProvisioning.class),
            one.getBean(ShopMembership.class));
    Function0<UI> uiFactory = UI::new;
    MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, two, uiFactory));
  }

  @AfterEach
  void closeTheBrowser() {
    MockVaadin.tearDown();
    SecurityContextHolder.clearContext();
  }

  /** Opens a page on node two as this user. */
  private static void openOnNodeTwo(String email, String location) {
    KaribuTest.signInToVaadin(two.getBean(UserDetailsService.class), email);
    UI.getCurrent().getPage().reload();
    UI.getCurrent().navigate(location);
  }

  /**
   * Does something on node one as this user, on another thread as another browser's request would.
   * Node one's method security reads node one's strategy; {@code CurrentUser} reads the JVM's.
   */
  private static <T> T onNodeOne(String email, Supplier<T> action) throws Exception {
    return onNode(one, email, action);
  }

  private static <T> T onNode(ConfigurableApplicationContext node, String email, Supplier<T> action)
      throws Exception {
    return CompletableFuture.supplyAsync(
            () -> {
              var signedIn = SignIn.as(node.getBean(UserDetailsService.class), email);
              var strategy = node.getBean(SecurityContextHolderStrategy.class);
              var context = strategy.createEmptyContext();
              context.setAuthentication(signedIn);
              strategy.setContext(context);
              try {
                return action.get();
              } finally {
                strategy.clearContext();
                SecurityContextHolder.clearContext();
              }
            })
        .get();
  }

  private UUID requestedOnNodeOne() throws Exception {
    return onNodeOne(
        fixture.customerEmail(),
        () -> one.getBean(LiveSessions.class).request(fixture.request("It stalls at red lights.")));
  }

  private UUID claimedOnNodeOne() throws Exception {
    UUID id = requestedOnNodeOne();
    onNodeOne(
        fixture.shop().alexEmail(),
        () -> {
          one.getBean(SessionQueue.class).claim(id);
          return null;
        });
    return id;
  }

  private static List<String> chatTexts() {
    return _get(ChatPanel.class).list.getItems().stream().map(MessageListItem::getText).toList();
  }

  /**
   * Runs what node two's relay handed to the open UI, until {@code shown} holds; on this thread,
   * the one that holds the mock browser's Vaadin session.
   */
  private static void awaitPushed(Callable<Boolean> shown) {
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .pollInSameThread()
        .until(
            () -> {
              MockVaadin.clientRoundtrip(false);
              return shown.call();
            });
  }

  @Test
  void aSessionRequestedOnOneNodeRingsOnTheOthersDashboard() throws Exception {
    openOnNodeTwo(fixture.shop().alexEmail(), "sessions");
    SessionsView dashboard = _get(SessionsView.class);
    assertThat(dashboard.ringCount.getText()).isEmpty();

    UUID id = requestedOnNodeOne();

    awaitPushed(() -> "1".equals(dashboard.ringCount.getText()));
    assertThat(
            dashboard.available.getChildren().map(c -> c.getElement().getAttribute("data-session")))
        .containsExactly(id.toString());
  }

  @Test
  void aMessagePostedOnOneNodeAppearsInTheChatOpenOnTheOther() throws Exception {
    UUID id = claimedOnNodeOne();
    openOnNodeTwo(fixture.customerEmail(), "sessions/" + id);
    assertThat(chatTexts()).containsExactly("Alex Martin joined");

    onNodeOne(
        fixture.shop().alexEmail(),
        () -> one.getBean(SessionChat.class).post(id, "Hi Emma, does it stall when warm?"));

    awaitPushed(() -> chatTexts().size() == 2);
    assertThat(chatTexts())
        .containsExactly("Alex Martin joined", "Hi Emma, does it stall when warm?");

    // The answer, written on node two, is in the chat node one reads.
    MessagesKt._submit(_get(ChatPanel.class).input, "Only when warm.");
    List<ChatLine> onOne =
        onNodeOne(fixture.shop().alexEmail(), () -> one.getBean(SessionChat.class).after(id, 0));
    assertThat(onOne)
        .extracting(ChatLine::text)
        .containsExactly(
            "Alex Martin joined", "Hi Emma, does it stall when warm?", "Only when warm.");
  }

  @Test
  void whoIsOnTheSessionPageShowsAcrossNodes() throws Exception {
    UUID id = claimedOnNodeOne();
    openOnNodeTwo(fixture.customerEmail(), "sessions/" + id);
    SessionView view = _get(SessionView.class);
    assertThat(view.presence.getText()).isEqualTo("Alex Martin is not on this page right now.");

    UUID page = UUID.randomUUID();
    onNodeOne(
        fixture.shop().alexEmail(),
        () -> {
          one.getBean(SessionChat.class).connect(id, page);
          return null;
        });
    awaitPushed(() -> view.presence.getText().equals("Alex Martin is here."));

    onNodeOne(
        fixture.shop().alexEmail(),
        () -> {
          one.getBean(SessionChat.class).disconnect(id, page);
          return null;
        });
    awaitPushed(() -> view.presence.getText().equals("Alex Martin is not on this page right now."));
  }

  @Test
  void aMechanicGoingOnlineOnOneNodeCountsInTheWaitingRoomOnTheOther() throws Exception {
    UUID id = requestedOnNodeOne();
    openOnNodeTwo(fixture.customerEmail(), "sessions/" + id);
    WaitingRoom room = _get(WaitingRoom.class);
    assertThat(room.online.getText())
        .isEqualTo("No mechanic is online right now; support has been told if it takes long.");

    onNodeOne(
        fixture.shop().alexEmail(),
        () -> {
          one.getBean(MechanicPresence.class).setOnline(true);
          return null;
        });

    awaitPushed(() -> room.online.getText().equals("1 mechanic is online."));
  }

  /** The "keep me signed in" cookie node one's login page would have given this user. */
  private static String rememberMeOnNodeOne(String email) {
    RememberMeServices services =
        one.getBeansOfType(SecurityFilterChain.class).values().stream()
            .flatMap(chain -> chain.getFilters().stream())
            .filter(RememberMeAuthenticationFilter.class::isInstance)
            .map(filter -> ((RememberMeAuthenticationFilter) filter).getRememberMeServices())
            .findFirst()
            .orElseThrow();
    UserDetails user = one.getBean(UserDetailsService.class).loadUserByUsername(email);
    var request = new MockHttpServletRequest();
    request.setParameter("remember-me", "true");
    var response = new MockHttpServletResponse();
    services.loginSuccess(
        request,
        response,
        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    return response.getCookie("remember-me").getValue();
  }

  private static HttpResponse<String> page(HttpClient browser, URI address) throws Exception {
    return browser.send(
        HttpRequest.newBuilder(address).header("Accept", "text/html").build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aSessionEndedOnOneNodeIsRefusedOnTheOthersNextRequestAndItsCookieSignsNobodyIn()
      throws Exception {
    String admin = "admin-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    one.getBean(UserProvisioning.class)
        .createVerifiedUser(admin, "Ada Admin", Roles.ADMIN, "a long enough passphrase");
    URI base =
        URI.create(
            "http://localhost:" + one.getEnvironment().getProperty("local.server.port") + "/");
    var cookies = new CookieManager();
    HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
    var rememberMe = new HttpCookie("remember-me", rememberMeOnNodeOne(fixture.customerEmail()));
    rememberMe.setPath("/");
    rememberMe.setVersion(0);
    cookies.getCookieStore().add(base, rememberMe);
    URI profile = base.resolve("profile");
    assertThat(page(browser, profile).statusCode()).isEqualTo(200);
    assertThat(page(browser, profile).statusCode()).as("the same session").isEqualTo(200);

    // An admin on node two makes the customer a mechanic: every session of theirs ends.
    onNode(
        two,
        admin,
        () -> {
          two.getBean(UserDirectory.class).changeRole(fixture.customerId(), Roles.MECHANIC);
          return null;
        });

    HttpResponse<String> refused = page(browser, profile);
    assertThat(refused.statusCode()).isEqualTo(302);
    assertThat(refused.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).contains("/login"));
    assertThat(refused.headers().allValues("Set-Cookie"))
        .as("the remember-me cookie is cancelled")
        .anySatisfy(c -> assertThat(c).startsWith("remember-me=;"));

    // The cookie kept from before (another browser's copy) signs nobody back in.
    cookies.getCookieStore().removeAll();
    cookies.getCookieStore().add(base, rememberMe);
    HttpResponse<String> stale = page(browser, profile);
    assertThat(stale.statusCode()).isEqualTo(302);
    assertThat(stale.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).contains("/login"));
  }
}
