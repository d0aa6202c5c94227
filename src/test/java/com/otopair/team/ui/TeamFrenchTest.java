package com.otopair.team.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.otopair.support.PageTexts.MISSING_KEY;
import static com.otopair.support.PageTexts.headers;
import static com.otopair.support.PageTexts.textOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.otopair.base.I18n;
import com.otopair.base.Roles;
import com.otopair.identity.UserProvisioning;
import com.otopair.scheduling.ScheduleFixtures;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.KaribuTest;
import com.otopair.team.TeamService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** The team's screens and refusals read in French for a French reader. */
class TeamFrenchTest extends KaribuTest {

  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired TeamService team;

  private final String tag = UUID.randomUUID().toString().substring(0, 8);

  private static void noMissingKey(String text) {
    assertThat(text).doesNotContainPattern(MISSING_KEY);
  }

  @Test
  void theOwnerInvitesAMechanicInFrench() {
    var shop = ScheduleFixtures.create(users, shops, membership, "America/Toronto");
    signInAs(shop.ownerEmail());
    UI.getCurrent().setLocale(I18n.FRENCH);
    navigate("team");
    TeamView view = _get(TeamView.class);

    assertThat(_get(H2.class, spec -> spec.withId("team-heading")).getText())
        .startsWith("L’équipe de ");
    assertThat(view.email.getLabel()).isEqualTo("Courriel du mécanicien");
    assertThat(view.invite.getText()).isEqualTo("Envoyer l’invitation");
    assertThat(headers(view.invitations)).startsWith("Courriel|Statut|Envoyée|Actions");
    assertThat(view.invitations.getEmptyStateText()).startsWith("Aucune invitation");

    _setValue(view.email, "recruit-" + tag + "@example.test");
    _click(view.invite);
    assertThat(textOf(GridKt._getCellComponent(view.invitations, 0, "status")))
        .isEqualTo("En attente");
    assertThat(textOf(GridKt._getCellComponent(view.invitations, 0, "actions")))
        .contains("Renvoyer", "Révoquer");
    String page = textOf(view);
    assertThat(page).contains("Mécaniciens", "Inviter un mécanicien", "Retirer");
    noMissingKey(page + headers(view.invitations));
  }

  @Test
  void aMechanicWithoutAShopAndTheirProfileReadInFrench() {
    String email = "solo-" + tag + "@example.test";
    users.createVerifiedUser(email, "Sam Solo", Roles.MECHANIC, "a long enough passphrase");
    signInAs(email);
    UI.getCurrent().setLocale(I18n.FRENCH);

    navigate("my-shops");
    String shops = textOf(_get(MechanicShopsView.class));
    assertThat(shops).contains("Pas encore dans une équipe");
    noMissingKey(shops);

    navigate("profile/mechanic");
    MechanicProfileView profile = _get(MechanicProfileView.class);
    assertThat(profile.save.getText()).isEqualTo("Enregistrer le profil");
    assertThat(profile.specialties.getLabel()).isEqualTo("Spécialités");
    assertThat(profile.specialties.getItemLabelGenerator().apply(com.otopair.team.Specialty.BRAKES))
        .isEqualTo("Freins");
    String page = textOf(profile);
    assertThat(page).contains("Ce que voient les clients", "Voir votre profil public");
    noMissingKey(page);
  }

  @Test
  void aBrokenInvitationLinkSaysWhatHappenedInFrench() {
    SecurityContextHolder.clearContext();
    UI.getCurrent().setLocale(I18n.FRENCH);
    navigate("invitation?token=nonsense");

    assertThat(_get(H1.class).getText()).isEqualTo("Cette invitation n’a pas fonctionné");
    String page = textOf(_get(InvitationView.class));
    assertThat(page).contains("Ce lien d’invitation n’est pas valide", "Demandez au propriétaire");
    noMissingKey(page);
  }

  @Test
  void aRefusalReadsInFrench() {
    // Outside a page, the language set for the work at hand (a mail's, an API request's).
    UI page = UI.getCurrent();
    UI.setCurrent(null);
    String message;
    try {
      message = I18n.in(I18n.FRENCH, () -> catchThrowable(() -> team.preview("")).getMessage());
    } finally {
      UI.setCurrent(page);
    }

    assertThat(message)
        .isEqualTo("Ce lien est incomplet. Ouvrez de nouveau le lien reçu par courriel.");
  }
}
