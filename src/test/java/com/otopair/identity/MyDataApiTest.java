package com.otopair.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.otopair.identity.PersonalDataFixtures.Customer;
import com.otopair.support.IntegrationTest;
import com.otopair.support.SignIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** {@code GET /api/v1/me/export} over HTTP with a customer's API token. */
class MyDataApiTest extends IntegrationTest {

  @Autowired WebApplicationContext web;
  @Autowired ApplicationContext beans;
  @Autowired AccountDeletion deletion;
  @Autowired UserDetailsService userDetails;

  MockMvc mvc;
  Customer emma;
  Customer other;

  @BeforeEach
  void setUp() {
    mvc =
        MockMvcBuilders.webAppContextSetup(web)
            .apply(SecurityMockMvcConfigurers.springSecurity())
            .build();
    var fixtures = new PersonalDataFixtures(beans);
    emma = fixtures.customer();
    other = fixtures.customer();
  }

  @Test
  void aTokenDownloadsItsOwnersDataAndNoOneElses() throws Exception {
    MockHttpServletResponse answer = export(emma.apiToken());
    assertThat(answer.getStatus()).isEqualTo(200);
    assertThat(answer.getHeader("Content-Disposition")).contains("otopair-").contains(".json");
    String json = answer.getContentAsString();
    assertThat(json).contains(emma.email(), emma.upcoming().toString());
    assertThat(json).doesNotContain(other.email()).doesNotContain(other.upcoming().toString());
  }

  @Test
  void withoutATokenOrAfterDeletionTheAnswerIsAProblem() throws Exception {
    MockHttpServletResponse anonymous =
        mvc.perform(get("/api/v1/me/export")).andReturn().getResponse();
    assertThat(anonymous.getStatus()).isEqualTo(401);
    assertThat(anonymous.getContentType()).startsWith("application/problem+json");

    SignIn.as(userDetails, emma.email());
    deletion.deleteMyAccount(emma.email());
    SecurityContextHolder.clearContext();

    MockHttpServletResponse refused = export(emma.apiToken());
    assertThat(refused.getStatus()).isEqualTo(401);
    assertThat(refused.getContentType()).startsWith("application/problem+json");
  }

  private MockHttpServletResponse export(String token) throws Exception {
    return mvc.perform(get("/api/v1/me/export").header("Authorization", "Bearer " + token))
        .andReturn()
        .getResponse();
  }
}
