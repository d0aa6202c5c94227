package com.otopair.base.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.otopair.support.IntegrationTest;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * What a browser sees when a request fails outside Vaadin's pages (an address the firewall refuses,
 * an error in a filter or a download): a small Otopair page in the visitor's language, never Boot's
 * whitelabel page or a stack trace; API calls keep their problem+json.
 */
class ErrorPagesTest extends IntegrationTest {

  @Autowired WebApplicationContext context;

  MockMvc mvc;

  @BeforeEach
  void mockMvc() {
    mvc = MockMvcBuilders.webAppContextSetup(context).build();
  }

  /** The error dispatch Tomcat makes after {@code uri} failed with {@code status}. */
  private static MockHttpServletRequestBuilder errorOf(String uri, int status) {
    return get("/error")
        .with(
            request -> {
              request.setDispatcherType(DispatcherType.ERROR);
              request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
              request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, uri);
              return request;
            })
        .accept(MediaType.TEXT_HTML);
  }

  private MockHttpServletResponse answer(MockHttpServletRequestBuilder request) throws Exception {
    MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
    response.setCharacterEncoding("UTF-8");
    return response;
  }

  @Test
  void anUnknownAddressIsAnOtopairPageInTheBrowsersLanguage() throws Exception {
    var english = answer(errorOf("/downloads/nothing", 404).header("Accept-Language", "en-US"));
    assertThat(english.getStatus()).isEqualTo(404);
    assertThat(english.getContentType()).startsWith(MediaType.TEXT_HTML_VALUE);
    assertThat(english.getContentAsString())
        .contains("<html lang=\"en\">", "Otopair", "We couldn’t find that page")
        .contains("Go to the start page")
        .doesNotContain("Whitelabel");

    var french = answer(errorOf("/downloads/nothing", 404).header("Accept-Language", "fr-CA,en"));
    assertThat(french.getStatus()).isEqualTo(404);
    assertThat(french.getContentAsString())
        .contains("<html lang=\"fr-CA\">", "Nous n’avons pas trouvé cette page")
        .contains("Aller à la page d’accueil")
        .doesNotContain("Whitelabel", "couldn’t");
  }

  @Test
  void theLanguageChosenOnAPublicPageWinsOverTheBrowsers() throws Exception {
    var chosen =
        answer(
            errorOf("/a//b", 400)
                .header("Accept-Language", "en")
                .cookie(new Cookie("otopair-language", "fr")));
    assertThat(chosen.getStatus()).isEqualTo(400);
    assertThat(chosen.getContentAsString())
        .contains("Nous ne pouvons pas ouvrir cette page")
        .doesNotContain("Whitelabel");
  }

  @Test
  void aServerErrorGivesAReferenceNeverTheStackTrace() throws Exception {
    var failed =
        answer(
            errorOf("/invoices/x.pdf", 500)
                .header("Accept-Language", "fr")
                .with(
                    request -> {
                      request.setAttribute(
                          RequestDispatcher.ERROR_EXCEPTION,
                          new IllegalStateException("secret internals at line 42"));
                      return request;
                    }));
    assertThat(failed.getStatus()).isEqualTo(500);
    assertThat(failed.getContentAsString())
        .contains("Un problème est survenu de notre côté")
        .containsPattern("référence [0-9a-f]{8}")
        .doesNotContain("secret internals", "IllegalStateException", "Whitelabel");
  }

  @Test
  void anApiCallStillGetsProblemJson() throws Exception {
    var api = answer(errorOf("/api/v1/nothing-here", 404).header("Accept-Language", "fr"));
    assertThat(api.getStatus()).isEqualTo(404);
    assertThat(api.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    assertThat(api.getContentAsString()).contains("\"status\":404").doesNotContain("<html");
  }
}
