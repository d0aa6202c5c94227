package com.otopair.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.otopair.support.PageTexts.textOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.otopair.base.I18n;
import com.otopair.base.NotFoundException;
import com.otopair.base.Outbox;
import com.otopair.demo.DemoAccounts;
import com.otopair.support.KaribuTest;
import com.otopair.support.SignIn;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The base pages in French: the front page (with the way back to English), the not-found page, the
 * admin's outbox, and the outbox's refusal read in French.
 */
class BaseFrenchTest extends KaribuTest {

  @Autowired Outbox outbox;
  @Autowired UserDetailsService userDetails;

  @Test
  void theFrontPageReadsFrenchWithAWayBackToEnglish() {
    navigate("signup");
    UI.getCurrent().setLocale(I18n.FRENCH);
    navigate("");

    assertThat(_get(H1.class).getText())
        .isEqualTo("Une réparation auto de confiance, réservée en quelques minutes");
    assertThat(textOf(UI.getCurrent()))
        .contains("Trouver un mécanicien", "Créer un compte", "Se connecter", "English")
        .doesNotContain("!base.", "Find a mechanic");
    assertThat(_get(LandingView.class).getPageTitle())
        .isEqualTo("Otopair\u00a0: la réparation auto en toute confiance");
  }

  @Test
  void anAddressThatLeadsNowhereSaysSoInFrench() {
    UI.getCurrent().setLocale(I18n.FRENCH);
    navigate("shops/no-such-shop-" + UUID.randomUUID());
    assertThat(currentView()).isEqualTo("NotFoundView");

    assertThat(_get(H1.class).getText()).isEqualTo("Nous n’avons pas trouvé cette page");
    assertThat(textOf(UI.getCurrent()))
        .contains("Aller à la page d’accueil")
        .doesNotContain("!base.");
  }

  @Test
  void theOutboxReadsFrenchAndRefusesInFrench() {
    signInAs(DemoAccounts.ADMIN.email());
    UI.getCurrent().setLocale(I18n.FRENCH);
    navigate("admin/outbox");

    OutboxView view = _get(OutboxView.class);
    assertThat(view.state.getLabel()).isEqualTo("Affichage");
    assertThat(view.grid.getColumns().getFirst().getHeaderText()).isEqualTo("Publié");
    assertThat(textOf(UI.getCurrent())).contains("Actualiser").doesNotContain("!base.", "Refresh");

    SignIn.as(userDetails, DemoAccounts.ADMIN.email());
    assertThatThrownBy(() -> I18n.in(I18n.FRENCH, () -> discard(UUID.randomUUID())))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("Cette publication est déjà terminée ou n’existe plus");
  }

  private Void discard(UUID id) {
    outbox.discard(id, " ");
    return null;
  }
}
