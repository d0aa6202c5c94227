package com.otopair.shops.ui;

import static com.github.mvysny.kaributesting.v10.HasValidationUtilsKt._expectInvalid;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.otopair.support.PageTexts.MISSING_KEY;
import static com.otopair.support.PageTexts.textOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.otopair.base.I18n;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.Money;
import com.otopair.demo.DemoAccounts;
import com.otopair.identity.UserProvisioning;
import com.otopair.shops.Offering;
import com.otopair.shops.OfferingCategory;
import com.otopair.shops.OfferingMode;
import com.otopair.shops.ServiceMenu;
import com.otopair.shops.ShopFixtures;
import com.otopair.shops.ShopProvisioning;
import com.otopair.shops.ShopService;
import com.otopair.shops.ShopStatus;
import com.otopair.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The shops' pages read in Québec French: the onboarding form with each wrong field marked in
 * French, the settings (details, photos, service menu), the owner's shops, the admin's grid, the
 * public shop page an anonymous visitor sees, and refusals read on a French page. (Refusals read
 * outside a page, in a mail's or an API request's language, are in {@code ShopServiceTest}.)
 */
class ShopsFrenchTest extends KaribuTest {

  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning provisioning;
  @Autowired ShopService shops;
  @Autowired ServiceMenu menu;

  @Test
  void theOnboardingFormMarksEveryWrongFieldInFrench() {
    signInAs(ShopFixtures.newOwner(users));
    UI.getCurrent().setLocale(I18n.FRENCH);
    navigate("shop/setup");
    ShopSetupView view = _get(ShopSetupView.class);
    assertThat(view.submit.getText()).isEqualTo("Soumettre pour approbation");
    _assertOne(H2.class, spec -> spec.withText("Présentez votre garage aux clients"));
    assertThat(view.form.name.getLabel()).isEqualTo("Nom du garage");
    assertThat(view.form.postalCode.getLabel()).isEqualTo("Code postal ou code ZIP");

    _click(view.submit);

    _expectInvalid(view.form.name, "Entrez le nom de votre garage");
    _expectInvalid(view.form.slug, "Choisissez l’adresse de la page de votre garage");
    _expectInvalid(view.form.street, "Entrez l’adresse civique");
    _expectInvalid(view.form.city, "Entrez la ville");
    _expectInvalid(view.form.region, "Entrez la province ou l’État");
    _expectInvalid(view.form.postalCode, "Entrez un code postal comme H2T 1S6");
    _expectInvalid(
        view.form.phone,
        "Entrez un numéro de téléphone où les clients peuvent vous joindre, comme (514) 555-0142");
    _expectInvalid(view.form.timeZone, "Choisissez le fuseau horaire du garage");

    _setValue(view.form.slug, "login");
    assertThat(view.form.slug.getErrorMessage())
        .isEqualTo("Cette adresse est réservée. Ajoutez-y votre ville, comme login-montreal");
    _setValue(view.form.closes.get(DayOfWeek.TUESDAY), LocalTime.of(7, 0));
    _click(view.submit);
    _expectInvalid(
        view.form.closes.get(DayOfWeek.TUESDAY), "La fermeture doit venir après l’ouverture");
    assertThat(view.form.open.get(DayOfWeek.TUESDAY).getLabel()).isEqualTo("mardi");
    assertThat(view.form.timeZone.getItemLabelGenerator().apply("America/Toronto"))
        .isEqualTo("America/Toronto (heure de l’Est)");
    assertNoMissingKey();
  }

  @Test
  void theSettingsAndTheOwnersShopsReadInFrench() {
    String owner = ShopFixtures.newOwner(users);
    signInAs(owner);
    UI.getCurrent().setLocale(I18n.FRENCH);
    navigate("shop");
    _assertOne(H2.class, spec -> spec.withText("Aucun garage pour l’instant"));
    assertNoMissingKey();

    UUID shopId =
        provisioning.createLiveShop(
            users.findByEmail(owner).orElseThrow(),
            ShopFixtures.montreal(ShopFixtures.uniqueSlug("francais")));
    navigate("shop/" + shopId + "/settings");
    ShopSettingsView view = _get(ShopSettingsView.class);
    assertThat(_get(Button.class, spec -> spec.withId("save-shop")).getText())
        .isEqualTo("Enregistrer");
    assertThat(view.services.add.getText()).isEqualTo("Ajouter un service");
    assertThat(
            view.services.grid.getColumns().stream()
                .map(Grid.Column::getHeaderText)
                .filter(h -> h != null && !h.isBlank()))
        .containsExactly("Service", "Catégorie", "Durée", "Prix", "Lieu", "Statut");
    assertThat(view.services.grid.getEmptyStateText())
        .isEqualTo(
            "Aucun service pour l’instant. Ajoutez les travaux que vous faites le plus,"
                + " avec leur prix et leur durée.");
    assertThat(textOf(view.gallery))
        .contains("Photos", "Aucune photo pour l’instant")
        .doesNotContain("No photos yet");
    Upload upload = view.gallery.upload;
    assertThat(upload.getI18n().getError().getFileIsTooBig())
        .isEqualTo("Ce fichier est trop volumineux.");
    assertNoMissingKey();

    _click(view.services.add);
    assertThat(view.services.dialog.getHeaderTitle()).isEqualTo("Ajouter un service");
    assertThat(view.services.dialog.mode.getItemLabelGenerator().apply(OfferingMode.IN_SHOP))
        .isEqualTo("Au garage");
    assertThat(view.services.dialog.category.getItemLabelGenerator().apply(OfferingCategory.TYRES))
        .isEqualTo("Pneus et roues");
    _setValue(view.services.dialog.name, "");
    _click(view.services.dialog.save);
    _expectInvalid(
        view.services.dialog.name, "Nommez le service, comme Plaquettes de frein, essieu avant");
  }

  @Test
  void theAdminsShopGridReadsInFrench() {
    signInAs(DemoAccounts.ADMIN.email());
    UI.getCurrent().setLocale(I18n.FRENCH);
    navigate("admin/shops");
    AdminShopsView view = _get(AdminShopsView.class);
    assertThat(
            view.grid.getColumns().stream()
                .map(Grid.Column::getHeaderText)
                .filter(h -> h != null && !h.isBlank()))
        .containsExactly("Garage", "Statut", "Ville", "Propriétaire", "Soumis le", "Actions");
    assertThat(view.grid.getEmptyStateText())
        .isEqualTo("Aucun garage ne correspond. Effacez les filtres pour voir tous les garages.");
    assertThat(view.search.getPlaceholder()).isEqualTo("Chercher un nom, une adresse, une ville");
    assertThat(view.status.getItemLabelGenerator().apply(ShopStatus.ACTIVE)).isEqualTo("En ligne");
    _setValue(view.search, "aucun-garage-" + UUID.randomUUID());
    assertThat(view.total.getText()).isEqualTo("0 garage");
    assertNoMissingKey();
  }

  @Test
  void aVisitorReadsThePublicShopPageInFrenchAndTheShopsOwnWordsAsWritten() {
    var chicago = ZoneId.of("America/Chicago");
    var sunday =
        LocalDate.now(clock.withZone(chicago))
            .with(TemporalAdjusters.next(DayOfWeek.SUNDAY))
            .atTime(12, 0)
            .atZone(chicago)
            .toInstant();
    clock.advance(Duration.between(clock.instant(), sunday));

    UI.getCurrent().setLocale(I18n.FRENCH);
    navigate("shops/eastside-auto");
    assertThat(_get(Span.class, spec -> spec.withId("shop-open-status")).getText())
        .isEqualTo("Fermé, ouvre demain à 8 h 00");
    String page = _get(PublicShopView.class).getElement().getTextRecursively();
    assertThat(page)
        .contains(
            "Eastside Auto Repair",
            "Synthetic oil change",
            "Réserver un service",
            "Itinéraire",
            "Heures d’ouverture",
            "Mécaniciens",
            "dimancheFermé",
            "lundi8 h 00 – 18 h 00",
            "45 min · Au garage",
            "76\u00a0$",
            "Fuseau horaire\u00a0: heure du Centre.")
        .doesNotContain("Closed", "Book", "Call ");
    assertThat(textOf(_get(PublicShopView.class))).contains("Réserver Synthetic oil change");
    assertThat(
            _find(Div.class).stream()
                .filter(div -> div.hasClassName("otopair-service-card"))
                .findFirst()
                .map(div -> div.getElement().getTextRecursively())
                .orElseThrow())
        .endsWith("Réserver");
    assertNoMissingKey();
  }

  @Test
  void aRefusalReadsInThePagesFrench() {
    String stranger = ShopFixtures.newOwner(users);
    signInAs(DemoAccounts.SHOP_OWNERS.getFirst().email());
    UUID sophies = shops.myShops().getFirst().id();
    signInAs(stranger);
    assertThatThrownBy(() -> shops.ownShop(sophies)).hasMessage("We couldn’t find that shop");

    UI.getCurrent().setLocale(I18n.FRENCH);
    assertThatThrownBy(() -> shops.ownShop(sophies))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("Nous n’avons pas trouvé ce garage");
    UUID mine =
        provisioning.createLiveShop(
            users.findByEmail(stranger).orElseThrow(),
            ShopFixtures.montreal(ShopFixtures.uniqueSlug("refus")));
    var tooShort =
        new Offering(
            null,
            "Vidange",
            "",
            OfferingCategory.OIL,
            2,
            Money.of(BigDecimal.TEN, "CAD"),
            OfferingMode.IN_SHOP,
            true);
    assertThatThrownBy(() -> menu.save(mine, tooShort))
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            refused -> {
              assertThat(refused.field()).isEqualTo("duration");
              assertThat(refused.getMessage())
                  .isEqualTo("Un service dure de 5 minutes à 12 heures");
            });
  }

  /** No key was left without its French text ("!shops.form.name.label!"). */
  private static void assertNoMissingKey() {
    assertThat(textOf(UI.getCurrent())).doesNotContainPattern(MISSING_KEY);
  }
}
