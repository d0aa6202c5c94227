package com.otopair.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.base.I18n;
import com.otopair.base.Roles;
import com.otopair.identity.UserProvisioning;
import com.otopair.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The language is kept on the account: switched in the top bar, it is what every later page of that
 * account opens in, on any device; and the switch names the other language in that language.
 */
class LanguageChoiceTest extends KaribuTest {

  @Autowired UserProvisioning users;
  @Autowired JdbcTemplate jdbc;

  @Test
  void theSwitchKeepsFrenchOnTheAccountAndTheNextPageOpensInFrench() {
    String email = customer("Nadia Roy");
    openAs(email);
    navigate("profile");
    Button toFrench = _get(Button.class, spec -> spec.withId("language-switch"));
    assertThat(toFrench.getText()).isEqualTo("Français");

    _click(toFrench);

    assertThat(
            jdbc.queryForObject("select language from users where email = ?", String.class, email))
        .isEqualTo("fr");
    assertThat(UI.getCurrent().getLocale()).isEqualTo(I18n.FRENCH);

    openAs(email);
    navigate("profile");
    assertThat(UI.getCurrent().getLocale()).isEqualTo(I18n.FRENCH);
    assertThat(_get(Button.class, spec -> spec.withId("language-switch")).getText())
        .isEqualTo("English");
  }

  @Test
  void anAccountThatNeverChoseReadsEnglish() {
    String email = customer("Owen Price");
    openAs(email);
    assertThat(UI.getCurrent().getLocale()).isEqualTo(I18n.ENGLISH);
    assertThat(
            jdbc.queryForObject("select language from users where email = ?", String.class, email))
        .isEqualTo("en");
  }

  private String customer(String name) {
    String email = "lang-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    users.createVerifiedUser(email, name, Roles.CUSTOMER, "a long enough passphrase");
    return email;
  }
}
