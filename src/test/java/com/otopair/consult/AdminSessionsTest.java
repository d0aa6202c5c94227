package com.otopair.consult;

import static com.otopair.support.Refusals.assertRefusedAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.otopair.audit.AuditLog;
import com.otopair.audit.AuditRecord;
import com.otopair.base.ConflictException;
import com.otopair.base.I18n;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.Money;
import com.otopair.demo.DemoAccounts;
import com.otopair.identity.UserProvisioning;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.AuditTrail;
import com.otopair.support.IntegrationTest;
import com.otopair.support.SignIn;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Support's view of every live session: the grid's search, ending one by hand, a refund. */
@RecordApplicationEvents
class AdminSessionsTest extends IntegrationTest {

  @Autowired AdminSessions admin;
  @Autowired SessionSupport support;
  @Autowired LiveSessions live;
  @Autowired SessionQueue queue;
  @Autowired AuditLog audit;
  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired UserDetailsService userDetails;
  @Autowired JdbcTemplate jdbc;
  @Autowired ApplicationEvents events;

  ConsultFixtures fixture;

  @BeforeEach
  void shop() {
    fixture = ConsultFixtures.create(users, shops, membership);
  }

  private void as(String email) {
    SignIn.as(userDetails, email);
  }

  private void asAdmin() {
    as(DemoAccounts.ADMIN.email());
  }

  private UUID requested() {
    as(fixture.customerEmail());
    return live.request(fixture.request("The engine light blinks on the highway."));
  }

  private UUID claimed() {
    UUID id = requested();
    as(fixture.shop().alexEmail());
    queue.claim(id);
    return id;
  }

  private List<AdminSessions.Row> found(SessionFilter filter) {
    asAdmin();
    return admin.search(filter, PageRequest.of(0, 50)).getContent();
  }

  private SessionFilter ofShop() {
    return new SessionFilter("", null, fixture.shop().shopId(), null, null);
  }

  private String statusOf(UUID id) {
    return jdbc.queryForObject(
        "select status || ' ' || coalesce(end_reason, '') from consult_sessions where id = ?",
        String.class,
        id);
  }

  @Test
  void supportSeesEverySessionOfAShopNewestFirstWithItsWaitAndLength() {
    UUID first = requested();
    clock.advance(Duration.ofSeconds(150));
    as(fixture.shop().alexEmail());
    queue.claim(first);
    String other = "noah-" + UUID.randomUUID().toString().substring(0, 6) + "@example.test";
    users.createVerifiedUser(other, "Noah Gagnon", "CUSTOMER", "a passphrase!");
    as(other);
    UUID second = live.request(fixture.request("A squeal when I brake."));
    clock.advance(Duration.ofSeconds(60));

    List<AdminSessions.Row> rows = found(ofShop());

    assertThat(rows).extracting(AdminSessions.Row::id).containsExactly(second, first);
    AdminSessions.Row waiting = rows.get(0);
    assertThat(waiting.status()).isEqualTo(SessionStatus.WAITING);
    // The test clock follows real time between its moves: whole minutes are what the grid shows.
    assertThat(waiting.waited().toMinutes()).isEqualTo(1);
    assertThat(waiting.ran()).isNull();
    AdminSessions.Row active = rows.get(1);
    assertThat(active.mechanicName()).isEqualTo("Alex Martin");
    assertThat(active.waited().toMinutes()).isEqualTo(2);
    assertThat(active.ran()).isNotNull();
    assertThat(active.ran().toMinutes()).isEqualTo(1);
    assertThat(active.zone()).isEqualTo(ZoneId.of("America/Toronto"));
    assertThat(active.payment()).isEqualTo("Free");
    assertThat(active.refundable()).isFalse();
  }

  @Test
  void theSearchFindsAMechanicCustomerOrVehicleAndFiltersByStateAndDay() {
    UUID active = claimed();
    UUID shop = fixture.shop().shopId();
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);

    assertThat(found(new SessionFilter("alex mart", null, shop, null, null)))
        .extracting(AdminSessions.Row::id)
        .containsExactly(active);
    assertThat(found(new SessionFilter("HONDA civic", null, shop, null, null))).hasSize(1);
    assertThat(found(new SessionFilter("Emma Tremblay", SessionStatus.ACTIVE, shop, null, null)))
        .hasSize(1);
    assertThat(found(new SessionFilter("", SessionStatus.WAITING, shop, null, null))).isEmpty();
    assertThat(found(new SessionFilter("", null, shop, today, today))).hasSize(1);
    assertThat(found(new SessionFilter("", null, shop, today.plusDays(1), null))).isEmpty();
    assertThat(found(new SessionFilter("", null, shop, null, today.minusDays(1)))).isEmpty();
    assertThat(found(new SessionFilter("100%_\\", null, shop, null, null))).isEmpty();
    assertThat(admin.shops()).extracting(AdminSessions.ShopChoice::id).contains(shop);
  }

  @Test
  void supportEndsAnActiveSessionForAReasonTheAuditLogKeeps() {
    UUID id = claimed();
    asAdmin();

    support.end(id, "  The customer asked us by phone.  ");

    assertThat(statusOf(id)).isEqualTo("ENDED ADMIN");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from consult_messages where session_id = ?"
                    + " and body_key = 'consult.chat.notice.ended.admin'",
                Integer.class,
                id))
        .isEqualTo(1);
    assertThat(events.stream(SessionFinished.class).filter(e -> e.sessionId().equals(id)))
        .singleElement()
        .extracting(SessionFinished::reason)
        .isEqualTo(EndReason.ADMIN);
    List<AuditRecord> trail = AuditTrail.await(audit, "session " + id, SessionAudited.ENDED);
    assertThat(trail)
        .singleElement()
        .satisfies(
            entry -> {
              assertThat(entry.actor()).isEqualTo(DemoAccounts.ADMIN.email());
              assertThat(entry.details())
                  .isEqualTo(
                      "Ended Emma Tremblay’s session at "
                          + found(ofShop()).getFirst().shopName()
                          + ": The customer asked us by phone.");
            });
  }

  @Test
  void endingNeedsAReasonAndAnActiveSession() {
    UUID id = requested();
    asAdmin();

    assertRefusedAt(() -> support.end(id, "  "), "reason", "Say why");
    assertRefusedAt(() -> support.end(id, "x".repeat(501)), "reason", "500 characters");
    assertThatThrownBy(() -> support.end(id, "Stuck in the queue."))
        .isInstanceOf(ConflictException.class)
        .hasMessage("This session is not running any more.");
    assertThat(statusOf(id)).isEqualTo("WAITING ");
  }

  @Test
  void aRefundOfAPaidSessionThatRanGoesToPaymentsAndTheAuditLog() {
    UUID id = claimed();
    jdbc.update("update consult_sessions set free = false where id = ?", id);
    asAdmin();
    assertThat(found(ofShop()).getFirst().refundable()).isFalse();
    support.end(id, "The line kept dropping.");
    assertThat(found(ofShop()).getFirst().refundable()).isTrue();

    support.refund(id, new Money(1000, "CAD"), "The line kept dropping.");

    UUID adminId = users.findByEmail(DemoAccounts.ADMIN.email()).orElseThrow();
    assertThat(events.stream(SessionRefundRequested.class))
        .containsExactly(
            new SessionRefundRequested(
                id, new Money(1000, "CAD"), "The line kept dropping.", adminId));
    assertThat(AuditTrail.await(audit, "session " + id, SessionAudited.REFUND_REQUESTED))
        .singleElement()
        .extracting(AuditRecord::details)
        .asString()
        .startsWith("Asked to refund $10.00 CAD to Emma Tremblay");
  }

  @Test
  void aRefundIsRefusedForAFreeSessionOrMoreThanItCost() {
    UUID id = claimed();
    asAdmin();
    support.end(id, "Done.");

    assertThatThrownBy(() -> support.refund(id, new Money(100, "CAD"), "Sorry."))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("This session was free: there is nothing to refund.");

    jdbc.update("update consult_sessions set free = false where id = ?", id);
    assertRefusedAt(() -> support.refund(id, new Money(2501, "CAD"), "Sorry."), "amount", "$25.00");
    assertRefusedAt(() -> support.refund(id, new Money(0, "CAD"), "Sorry."), "amount", "$25.00");
    assertRefusedAt(() -> support.refund(id, new Money(100, "CAD"), ""), "reason", "Say why");
    assertThat(events.stream(SessionRefundRequested.class)).isEmpty();
  }

  @Test
  void aRefusalReadsInFrench() {
    UUID id = requested();
    asAdmin();

    assertThat(
            I18n.in(
                I18n.FRENCH,
                () -> {
                  try {
                    support.end(id, "");
                    return "";
                  } catch (InvalidRequestException refused) {
                    return refused.getMessage();
                  }
                }))
        .isEqualTo("Dites pourquoi vous intervenez; le journal d’audit le garde.");
  }

  @Test
  void onlySupportReadsOrActsOnEverySession() {
    UUID id = claimed();
    for (String email : List.of(fixture.customerEmail(), fixture.shop().alexEmail())) {
      as(email);
      assertThatThrownBy(() -> admin.search(SessionFilter.any(), PageRequest.of(0, 10)))
          .isInstanceOf(AccessDeniedException.class);
      assertThatThrownBy(() -> support.end(id, "Because."))
          .isInstanceOf(AccessDeniedException.class);
    }
    assertThat(statusOf(id)).isEqualTo("ACTIVE ");
  }
}
