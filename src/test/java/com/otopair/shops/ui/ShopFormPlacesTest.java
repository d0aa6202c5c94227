package com.otopair.shops.ui;

import static com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestions;
import static com.github.mvysny.kaributesting.v10.ComboBoxKt.setUserInput;
import static com.github.mvysny.kaributesting.v10.HasValidationUtilsKt._expectInvalid;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.otopair.base.Roles;
import com.otopair.identity.UserProvisioning;
import com.otopair.support.KaribuTest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Shop onboarding places the shop from the same gazetteer as Find: city suggestions, postal codes.
 */
class ShopFormPlacesTest extends KaribuTest {

  @Autowired UserProvisioning users;

  private ShopForm form;

  @BeforeEach
  void openTheSetupForm() {
    String email = "owner-" + UUID.randomUUID().toString().substring(0, 6) + "@example.test";
    users.createVerifiedUser(email, "Oscar Owner", Roles.SHOP_OWNER, "a long enough passphrase");
    signInAs(email);
    navigate("shop/setup");
    form = _get(ShopSetupView.class).form;
  }

  @Test
  void aPickedSuggestionFillsTheCityRegionTimeZoneAndPosition() {
    setUserInput(form.city, "kelow");
    assertThat(getSuggestions(form.city)).first().isEqualTo("Kelowna, BC");

    _setValue(form.city, "Kelowna, BC");

    assertThat(form.city.getValue()).isEqualTo("Kelowna");
    assertThat(form.region.getValue()).isEqualTo("BC");
    assertThat(form.country.getValue()).isEqualTo("CA");
    assertThat(form.timeZone.getValue()).isEqualTo("America/Vancouver");
    assertThat(form.latitude.getValue()).isCloseTo(49.888, within(0.05));
    assertThat(form.longitude.getValue()).isCloseTo(-119.496, within(0.05));
  }

  @Test
  void aSuggestionInTheOtherCountryChoosesThatCountry() {
    assertThat(form.country.getValue()).isEqualTo("CA");

    _setValue(form.city, "Tuba City, AZ");

    assertThat(form.country.getValue()).isEqualTo("US");
    assertThat(form.region.getValue()).isEqualTo("AZ");
    assertThat(form.timeZone.getValue()).isEqualTo("America/Denver");
  }

  @Test
  void aPostalCodePlacesTheShopAndNamesItsCity() {
    _setValue(form.postalCode, "G9A 5H7");

    assertThat(form.city.getValue()).isEqualTo("Trois-Rivières");
    assertThat(form.region.getValue()).isEqualTo("QC");
    assertThat(form.timeZone.getValue()).isEqualTo("America/Toronto");
    assertThat(form.latitude.getValue()).isCloseTo(46.36, within(0.05));
  }

  @Test
  void anUnknownCityIsMarkedAtOnceUntilAPostalCodePlacesTheShop() {
    _setValue(form.city, "Nowhereville");

    _expectInvalid(
        form.city,
        "We don’t know this city. Pick it from the list, or enter your postal code to place your"
            + " shop.");

    _setValue(form.postalCode, "S4P 3Y2");

    assertThat(form.city.isInvalid()).isFalse();
    assertThat(form.city.getValue()).isEqualTo("Nowhereville");
    assertThat(form.timeZone.getValue()).isEqualTo("America/Regina");
    assertThat(form.latitude.getValue()).isCloseTo(50.44, within(0.05));
  }
}
