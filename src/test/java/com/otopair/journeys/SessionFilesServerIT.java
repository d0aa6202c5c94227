package com.otopair.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.base.LinkSigner;
import com.otopair.consult.ChatLine;
import com.otopair.consult.ConsultFixtures;
import com.otopair.consult.LiveSessions;
import com.otopair.consult.PaidSessions;
import com.otopair.consult.SessionFile;
import com.otopair.consult.SessionFiles;
import com.otopair.consult.SessionQueue;
import com.otopair.identity.UserProvisioning;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.SignIn;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.RememberMeServices;
import org.springframework.security.web.authentication.rememberme.RememberMeAuthenticationFilter;

/**
 * A session's shared files over real HTTP: served to the viewer their link was signed for, with
 * their real type and headers that keep browsers and caches from doing more with them; refused with
 * the branded page (403, 410) to anyone else, to an edited link and to an expired one; never served
 * at the file store's own address.
 */
class SessionFilesServerIT extends RunningServer {

  @Autowired LiveSessions live;
  @Autowired SessionQueue queue;
  @Autowired PaidSessions paidSessions;
  @Autowired SessionFiles files;
  @Autowired LinkSigner signer;
  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired UserDetailsService userDetails;

  @Autowired List<SecurityFilterChain> chains;

  private final HttpClient http = HttpClient.newHttpClient();

  ConsultFixtures fixture;
  UUID session;

  @BeforeEach
  void activeSession() {
    fixture = ConsultFixtures.create(users, shops, membership);
    SignIn.as(userDetails, fixture.customerEmail());
    session = live.request(fixture.request("The brakes squeal when cold."));
    // Card payments are on here: the price is held, as Stripe's webhook would say.
    paidSessions.paid(session);
    SignIn.as(userDetails, fixture.shop().alexEmail());
    queue.claim(session);
    SecurityContextHolder.clearContext();
  }

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  private static byte[] file(String name) throws IOException {
    try (InputStream in =
        SessionFilesServerIT.class.getResourceAsStream("/consult/files/" + name)) {
      return in.readAllBytes();
    }
  }

  private SessionFile shared(String email, String name) throws IOException {
    SignIn.as(userDetails, email);
    try {
      ChatLine line = files.share(session, name, file(name));
      return line.file();
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  /**
   * The "keep me signed in" cookie the login page would have given this user, made by the server's
   * own remember-me services.
   */
  private String signedIn(String email) {
    RememberMeServices services =
        chains.stream()
            .flatMap(chain -> chain.getFilters().stream())
            .filter(RememberMeAuthenticationFilter.class::isInstance)
            .map(filter -> ((RememberMeAuthenticationFilter) filter).getRememberMeServices())
            .findFirst()
            .orElseThrow();
    UserDetails user = userDetails.loadUserByUsername(email);
    var request = new MockHttpServletRequest();
    request.setParameter("remember-me", "true");
    var response = new MockHttpServletResponse();
    services.loginSuccess(
        request,
        response,
        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    return "remember-me=" + response.getCookie("remember-me").getValue();
  }

  private HttpResponse<byte[]> get(String path, @Nullable String cookie) throws Exception {
    var request = HttpRequest.newBuilder(URI.create(BASE + path)).header("Accept", "text/html");
    if (cookie != null) {
      request.header("Cookie", cookie);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static void assertBrandedRefusal(HttpResponse<byte[]> response, int status) {
    assertThat(response.statusCode()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
    String page = new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(page).contains("Otopair").doesNotContain("Exception").doesNotContain("%PDF");
  }

  @Test
  void aPdfIsServedToItsViewerAsAnAttachmentWithItsRealTypeAndAShortPrivateCache()
      throws Exception {
    SessionFile pdf = shared(fixture.customerEmail(), "quote.pdf");

    var response = get(pdf.url(), signedIn(fixture.customerEmail()));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo(file("quote.pdf"));
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(response.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(
            d -> assertThat(d).startsWith("attachment;").contains("filename=\"quote.pdf\""));
    assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    String cache = response.headers().firstValue("Cache-Control").orElseThrow();
    assertThat(cache).contains("private").doesNotContain("public");
    int maxAge = Integer.parseInt(cache.replaceAll(".*max-age=(\\d+).*", "$1"));
    assertThat(maxAge).isPositive().isLessThanOrEqualTo(15 * 60);
  }

  @Test
  void aPhotoIsServedInlineWithItsTypeToTheMechanicThroughTheirOwnLink() throws Exception {
    SessionFile photo = shared(fixture.customerEmail(), "dashboard.png");
    SignIn.as(userDetails, fixture.shop().alexEmail());
    String mechanicsLink = files.link(photo.id());
    SecurityContextHolder.clearContext();

    var response = get(mechanicsLink, signedIn(fixture.shop().alexEmail()));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("image/png");
    assertThat(response.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(d -> assertThat(d).startsWith("inline;"));
    assertThat(response.body()).isEqualTo(file("dashboard.png"));
  }

  @Test
  void someoneElsesLinkAnEditedOneAndNoSignInAreRefusedWithTheBrandedPage() throws Exception {
    SessionFile pdf = shared(fixture.customerEmail(), "quote.pdf");
    String link = pdf.url();

    assertBrandedRefusal(get(link, signedIn(fixture.shop().alexEmail())), 403);
    assertBrandedRefusal(get(link, signedIn(fixture.beaEmail())), 403);
    assertBrandedRefusal(get(link, null), 403);
    String edited = link.replaceAll("expires=(\\d+)", "expires=9999999999");
    assertBrandedRefusal(get(edited, signedIn(fixture.customerEmail())), 403);
    String customer = signedIn(fixture.customerEmail());
    assertBrandedRefusal(get(link.replaceAll("expires=\\d+", "expires=soon"), customer), 403);
    assertBrandedRefusal(get("media/session-files/" + pdf.id(), customer), 403);
  }

  @Test
  void anExpiredLinkIsGoneWithTheBrandedPage() throws Exception {
    SessionFile pdf = shared(fixture.customerEmail(), "quote.pdf");
    long past = Instant.now().minusSeconds(1).getEpochSecond();
    // Signed the way SessionFileLinks signs a link for this viewer, with an expiry just passed.
    String signature = signer.token("session-file/" + fixture.customerId() + "/" + past, pdf.id());

    var response =
        get(
            "media/session-files/" + pdf.id() + "?expires=" + past + "&signature=" + signature,
            signedIn(fixture.customerEmail()));

    assertBrandedRefusal(response, 410);
  }

  @Test
  void theFileStoresOwnAddressServesNothing() throws Exception {
    SessionFile pdf = shared(fixture.customerEmail(), "quote.pdf");

    var response = get(com.otopair.base.FileStore.url(pdf.fileKey()), null);

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(new String(response.body(), java.nio.charset.StandardCharsets.UTF_8))
        .doesNotContain("%PDF");
  }
}
