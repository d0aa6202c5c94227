package com.otopair.identity.ui;

import static com.github.mvysny.kaributesting.v10.HasValidationUtilsKt._expectInvalid;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.otopair.support.PageTexts.MISSING_KEY;
import static com.otopair.support.PageTexts.textOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.otopair.base.I18n;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.Roles;
import com.otopair.demo.DemoAccounts;
import com.otopair.identity.AccountLanguages;
import com.otopair.identity.AccountService;
import com.otopair.identity.ApiTokens;
import com.otopair.identity.SignUp;
import com.otopair.identity.UserProvisioning;
import com.otopair.support.KaribuTest;
import com.otopair.support.SignIn;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.server.VaadinSession;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.WebAttributes;

/**
 * Identity's pages read French for a French reader: the login form (Vaadin's own words and Spring
 * Security's refusals included), sign-up with every wrong field marked in French, the profile, the
 * admins' users view and the services' refusals; and a French page signs people up in French.
 */
class IdentityFrenchTest extends KaribuTest {

  @Autowired UserProvisioning provisioning;
  @Autowired AccountLanguages languages;
  @Autowired AccountService accounts;
  @Autowired ApiTokens apiTokens;
  @Autowired UserDetailsService userDetails;
  @Autowired JdbcTemplate jdbc;

  private static String uniqueEmail() {
    return "fr-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
  }

  @Test
  void theLoginFormSpeaksFrench() {
    UI.getCurrent().setLocale(I18n.FRENCH);
    navigate("login");

    assertThat(_get(H1.class).getText()).isEqualTo("Bon retour");
    assertThat(i18nOf(_get(LoginForm.class)))
        .contains("\"username\":\"Courriel\"")
        .contains("\"password\":\"Mot de passe\"")
        .contains("\"submit\":\"Se connecter\"")
        .contains("\"forgotPassword\":\"Mot de passe oublié?\"")
        .contains("\"title\":\"Impossible de vous connecter\"")
        .contains("\"message\":\"Vérifiez votre courriel et votre mot de passe, puis réessayez.\"");
    assertNoMissingKey();
  }

  @Test
  void springSecuritysRefusalOfASuspendedAccountReadsFrench() {
    UI.getCurrent().setLocale(I18n.FRENCH);
    VaadinSession.getCurrent()
        .getSession()
        .setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, new LockedException("suspended"));
    navigate("login?error");

    LoginForm login = _get(LoginForm.class);
    assertThat(login.isError()).isTrue();
    assertThat(i18nOf(login)).contains("\"title\":\"Ce compte est suspendu\"");
  }

  @Test
  void signUpInFrenchMarksEveryWrongFieldInFrenchThenKeepsFrenchOnTheAccount() {
    UI.getCurrent().setLocale(I18n.FRENCH);
    navigate("signup");
    assertThat(_get(H1.class).getText()).isEqualTo("Créer votre compte");
    SignUpForm form = _get(SignUpForm.class);
    assertThat(form.name.getLabel()).isEqualTo("Votre nom");

    _setValue(form.email, "pat@");
    _setValue(form.password, "court");
    _click(form.submit);

    _expectInvalid(form.name, "Entrez votre nom");
    _expectInvalid(form.email, "Entrez une adresse courriel comme nom@exemple.com");
    _expectInvalid(form.password, "Utilisez au moins 12 caractères");
    assertNoMissingKey();

    String email = uniqueEmail();
    _setValue(form.name, "Camille Roy");
    _setValue(form.email, email);
    _setValue(form.password, "une phrase de passe assez longue");
    _click(form.submit);

    assertThat(_get(CheckYourInbox.class).getElement().getTextRecursively())
        .contains("Nous avons envoyé un lien de confirmation à " + email);
    assertThat(
            jdbc.queryForObject("select language from users where email = ?", String.class, email))
        .isEqualTo("fr");
  }

  @Test
  void theHomeAndProfileReadFrenchForAFrenchAccount() {
    String email = uniqueEmail();
    UUID id =
        provisioning.createVerifiedUser(
            email, "Julien Bouchard", Roles.CUSTOMER, "a long enough passphrase");
    languages.choose(id, I18n.FRENCH);
    openAs(email);
    navigate("home");
    assertThat(_get(H2.class, spec -> spec.withId("home-greeting")).getText())
        .isEqualTo("Bonjour, Julien");
    assertThat(_get(H2.class, spec -> spec.withText("Réservations à venir"))).isNotNull();
    assertNoMissingKey();

    navigate("profile");

    ProfileView view = _get(ProfileView.class);
    assertThat(view.name.getLabel()).isEqualTo("Nom");
    assertThat(view.phone.getLabel()).isEqualTo("Numéro de téléphone");
    assertThat(_get(Button.class, spec -> spec.withId("save-details")).getText())
        .isEqualTo("Enregistrer");
    assertThat(_get(H2.class, spec -> spec.withText("Vos coordonnées"))).isNotNull();
    assertThat(_get(LanguageChoice.class).language.getValue()).isEqualTo(I18n.FRENCH);
    assertThat(view.tokenList.getElement().getTextRecursively())
        .isEqualTo("Aucun jeton pour l’instant.");
    assertNoMissingKey();
  }

  @Test
  void theUsersViewReadsFrenchForAnAdmin() {
    UI.getCurrent().setLocale(I18n.FRENCH);
    signInAs(DemoAccounts.ADMIN.email());
    navigate("admin/users?q=nobody-" + UUID.randomUUID());

    UsersView view = _get(UsersView.class);
    assertThat(view.grid.getColumnByKey("name").getHeaderText()).isEqualTo("Nom");
    assertThat(view.grid.getColumnByKey("email").getHeaderText()).isEqualTo("Courriel");
    assertThat(view.grid.getColumnByKey("createdAt").getHeaderText()).isEqualTo("Inscription");
    assertThat(view.grid.getEmptyStateText())
        .isEqualTo(
            "Aucun utilisateur ne correspond à cette recherche. Essayez moins de mots ou un autre"
                + " filtre.");
    assertThat(view.search.getPlaceholder()).isEqualTo("Chercher un nom ou un courriel");
    assertThat(view.total.getText()).isEqualTo("0 utilisateur");
    assertNoMissingKey();
  }

  @Test
  void theServicesRefuseInFrench() {
    MockVaadin.tearDown(); // a service called outside any page reads the language set for it
    SignUp taken =
        new SignUp(
            "Pat Driver", DemoAccounts.ADMIN.email(), "a long enough passphrase", Roles.CUSTOMER);
    assertThat(I18n.in(I18n.FRENCH, () -> refusal(() -> accounts.signUp(taken))))
        .isEqualTo(
            "Un compte utilise déjà ce courriel. Connectez-vous ou réinitialisez votre mot de"
                + " passe.");

    SignIn.as(userDetails, DemoAccounts.ADMIN.email());
    assertThat(I18n.in(I18n.FRENCH, () -> refusal(() -> apiTokens.issue("  "))))
        .isEqualTo("Nommez le jeton d’après ce qui l’utilisera");
  }

  /** What a refused call says, read where it is caught (in the language set there). */
  private static String refusal(Runnable call) {
    var refused = catchThrowableOfType(InvalidRequestException.class, call::run);
    assertThat(refused).as("refused").isNotNull();
    return refused.getMessage();
  }

  /** Vaadin's words of a login form, as the browser receives them (JSON). */
  private static String i18nOf(LoginForm login) {
    return String.valueOf(login.getElement().getPropertyRaw("i18n"));
  }

  /** No text, label, placeholder or other property of the page reads as a missing key. */
  private static void assertNoMissingKey() {
    assertThat(textOf(UI.getCurrent())).doesNotContainPattern(MISSING_KEY);
  }
}
