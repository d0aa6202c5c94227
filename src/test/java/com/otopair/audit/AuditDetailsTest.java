package com.otopair.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.base.AuditableEvent;
import com.otopair.base.I18n;
import com.otopair.base.Roles;
import com.otopair.identity.UserRegistered;
import com.otopair.payments.PaymentMode;
import com.otopair.shops.ShopStatus;
import com.otopair.shops.ShopStatusChanged;
import com.otopair.shops.ShopSubmitted;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The events' details name a sentence of their module's bundle: in English the words the audit log
 * wrote before keys, and the same in French; every role, status and mode has its sentence.
 */
class AuditDetailsTest {

  private static final Instant NOW = Instant.parse("2026-12-06T15:00:00Z");

  private static String french(AuditableEvent event) {
    return I18n.t(I18n.FRENCH, String.valueOf(event.detailsKey()), event.detailsArgs().toArray());
  }

  @Test
  void anAccountCreatedReadsItsRoleInBothLanguages() {
    var signedUp =
        new UserRegistered(UUID.randomUUID(), "a@example.test", Roles.SHOP_OWNER, true, null, NOW);
    var created =
        new UserRegistered(UUID.randomUUID(), "m@example.test", Roles.MECHANIC, false, null, NOW);

    assertThat(signedUp.details()).isEqualTo("Signed up as Shop owner");
    assertThat(french(signedUp)).isEqualTo("Inscription comme propriétaire de garage");
    assertThat(created.details()).isEqualTo("Account created by Otopair as Mechanic");
    assertThat(french(created)).isEqualTo("Compte créé par Otopair comme mécanicien");
  }

  @Test
  void aShopsStatusReadsInBothLanguagesWithItsNameAndReason() {
    assertThat(statusChanged(ShopStatus.ACTIVE, null).details()).isEqualTo("Garage Nord is live");
    assertThat(french(statusChanged(ShopStatus.ACTIVE, null)))
        .isEqualTo("Garage Nord est en ligne");
    assertThat(statusChanged(ShopStatus.DEACTIVATED, "No-shows").details())
        .isEqualTo("Garage Nord deactivated: No-shows");
    assertThat(french(statusChanged(ShopStatus.DEACTIVATED, "No-shows")))
        .isEqualTo("Garage Nord désactivé\u00a0: No-shows");
    assertThat(statusChanged(ShopStatus.PENDING_APPROVAL, null).details())
        .isEqualTo("Garage Nord awaits approval");
    assertThat(french(statusChanged(ShopStatus.PENDING_APPROVAL, null)))
        .isEqualTo("Garage Nord attend l’approbation");

    var submitted =
        new ShopSubmitted(UUID.randomUUID(), "Garage Nord", "nord", "o@example.test", null, NOW);
    assertThat(submitted.details()).isEqualTo("Submitted Garage Nord for approval");
    assertThat(french(submitted)).isEqualTo("Garage Nord soumis pour approbation");
  }

  @Test
  void everyRoleStatusAndModeHasItsSentence() {
    List<String> keys = new ArrayList<>();
    for (String role : Roles.ALL) {
      keys.add(new UserRegistered(UUID.randomUUID(), "x", role, true, null, NOW).detailsKey());
      keys.add(new UserRegistered(UUID.randomUUID(), "x", role, false, null, NOW).detailsKey());
      for (String to : Roles.ALL) {
        if (!to.equals(role)) {
          keys.add("identity.audit.role-changed." + Roles.keyPart(role) + "." + Roles.keyPart(to));
        }
      }
    }
    for (ShopStatus status : ShopStatus.values()) {
      keys.add(statusChanged(status, "why").detailsKey());
    }
    for (PaymentMode mode : PaymentMode.values()) {
      keys.add("payments.audit.setup-changed." + mode.name().toLowerCase(Locale.ROOT));
    }

    assertThat(keys).hasSize(4 * 2 + 4 * 3 + ShopStatus.values().length + 3).allMatch(I18n::has);
  }

  private static ShopStatusChanged statusChanged(ShopStatus status, String reason) {
    return new ShopStatusChanged(
        UUID.randomUUID(),
        "Garage Nord",
        "nord",
        status,
        reason,
        "Olive Owner",
        "o@example.test",
        "admin@example.test",
        null,
        NOW);
  }
}
