package com.otopair.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.audit.AuditLog;
import com.otopair.demo.DemoAccounts;
import com.otopair.identity.PersonalDataFixtures.Customer;
import com.otopair.support.AuditTrail;
import com.otopair.support.IntegrationTest;
import com.otopair.support.SignIn;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class MyDataTest extends IntegrationTest {

  @Autowired ApplicationContext beans;
  @Autowired MyData myData;
  @Autowired UserDetailsService userDetails;
  @Autowired JdbcTemplate jdbc;
  @Autowired AuditLog audit;

  Customer emma;
  Customer other;

  @BeforeEach
  void twoCustomersOfOneShop() {
    var fixtures = new PersonalDataFixtures(beans);
    emma = fixtures.customer();
    other = fixtures.customer();
  }

  @Test
  void theExportHoldsTheCustomersRowsAndNoneOfAnotherCustomers() throws Exception {
    SignIn.as(userDetails, emma.email());
    var out = new ByteArrayOutputStream();
    myData.export(out);
    String json = out.toString(StandardCharsets.UTF_8);
    JsonNode document = JsonMapper.builder().build().readTree(json);

    assertThat(document.get("account").get(0).get("email").asString()).isEqualTo(emma.email());
    assertThat(document.get("account").get(0).get("displayName").asString()).isEqualTo(emma.name());
    assertThat(ids(document, "bookings"))
        .isEqualTo(sqlIds("select id from bookings where customer_id = ?", emma.id()))
        .contains(emma.upcoming().toString(), emma.visited().toString());
    assertThat(ids(document, "sessions"))
        .isEqualTo(sqlIds("select id from consult_sessions where customer_id = ?", emma.id()))
        .containsExactly(emma.session().toString());
    assertThat(ids(document, "reviews"))
        .isEqualTo(sqlIds("select id from reviews where customer_id = ?", emma.id()))
        .hasSize(1);
    assertThat(ids(document, "payments"))
        .isEqualTo(sqlIds("select id from payments where customer_id = ?", emma.id()))
        .contains(emma.payment().toString());
    assertThat(ids(document, "vehicles"))
        .isEqualTo(sqlIds("select id from vehicles where customer_id = ?", emma.id()));
    assertThat(ids(document, "invoices"))
        .isEqualTo(
            sqlIds(
                "select i.id from invoices i join payments p on p.id = i.payment_id"
                    + " where p.customer_id = ?",
                emma.id()))
        .isNotEmpty();
    assertThat(document.get("sessionMessages").get(0).get("body").asString())
        .isEqualTo("Hello, I am " + emma.name());

    JsonNode payment = null;
    for (JsonNode row : document.get("payments")) {
      if (row.get("id").asString().equals(emma.payment().toString())) {
        payment = row;
      }
    }
    assertThat(payment).isNotNull();
    assertThat(payment.get("amountMinor").asLong()).isEqualTo(8000);
    assertThat(payment.get("currency").asString()).isEqualTo("CAD");
    assertThat(payment.get("createdAt").asString()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");

    for (String foreign :
        List.of(
            other.email(),
            other.name(),
            other.phone(),
            other.upcoming().toString(),
            other.session().toString(),
            other.payment().toString())) {
      assertThat(json).doesNotContain(foreign);
    }
  }

  @Test
  void theDownloadIsNamedForTheDayAndAudited() {
    SignIn.as(userDetails, emma.email());
    assertThat(myData.fileName()).matches("otopair-\\d{4}-\\d\\d-\\d\\d\\.json");
    Map<String, Object> document = myData.document();
    assertThat(document).containsKeys("exportedAt", "account", "bookings", "payments");

    SignIn.as(userDetails, DemoAccounts.ADMIN.email());
    assertThat(AuditTrail.await(audit, emma.email(), AccountAction.DATA_EXPORTED)).isNotEmpty();
  }

  private static Set<String> ids(JsonNode document, String section) {
    var ids = new java.util.HashSet<String>();
    document.get(section).forEach(row -> ids.add(row.get("id").asString()));
    return ids;
  }

  private Set<String> sqlIds(String sql, UUID customer) {
    return jdbc.queryForList(sql, UUID.class, customer).stream()
        .map(UUID::toString)
        .collect(Collectors.toSet());
  }
}
