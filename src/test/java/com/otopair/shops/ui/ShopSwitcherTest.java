package com.otopair.shops.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.base.Roles;
import com.otopair.identity.UserProvisioning;
import com.otopair.shops.ShopDetails;
import com.otopair.shops.ShopFixtures;
import com.otopair.shops.ShopProvisioning;
import com.otopair.shops.ShopService;
import com.otopair.support.KaribuTest;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ShopSwitcherTest extends KaribuTest {

  @Autowired ShopService shops;
  @Autowired ShopProvisioning provisioning;
  @Autowired UserProvisioning users;

  /** A new owner with {@code count} live shops, created a minute apart; signed in. */
  private List<ShopDetails> ownerWithShops(int count) {
    String owner = ShopFixtures.newOwner(users);
    UUID ownerId = users.findByEmail(owner).orElseThrow();
    for (int i = 0; i < count; i++) {
      provisioning.createLiveShop(
          ownerId, ShopFixtures.montreal(ShopFixtures.uniqueSlug("switch")));
      clock.advance(Duration.ofMinutes(1));
    }
    signInAs(owner);
    return shops.ownedShops();
  }

  @Test
  @SuppressWarnings("unchecked")
  void anOwnerOfSeveralShopsPicksTheShopTheOwnerPagesWorkOn() {
    List<ShopDetails> mine = ownerWithShops(2);
    assertThat(mine).hasSize(2);

    navigate("team");
    Select<ShopDetails> switcher = _get(Select.class, spec -> spec.withId("shop-switcher"));
    assertThat(switcher.getListDataView().getItems().map(ShopDetails::name))
        .containsExactly(mine.get(0).name(), mine.get(1).name());
    assertThat(_get(H2.class, spec -> spec.withId("team-heading")).getText())
        .isEqualTo("The team of " + mine.get(0).name());

    _setValue(switcher, mine.get(1));
    navigate("home");
    navigate("team");
    assertThat(_get(H2.class, spec -> spec.withId("team-heading")).getText())
        .isEqualTo("The team of " + mine.get(1).name());
  }

  @Test
  @SuppressWarnings("unchecked")
  void theMenusShopSettingsOpenTheShopTheOwnerIsWorkingOn() {
    List<ShopDetails> mine = ownerWithShops(2);
    navigate("shop/settings");
    assertThat(_get(ShopSettingsView.class).form.name.getValue()).isEqualTo(mine.get(0).name());

    _setValue(_get(Select.class, spec -> spec.withId("shop-switcher")), mine.get(1));
    navigate("shop/settings");
    assertThat(_get(ShopSettingsView.class).form.name.getValue()).isEqualTo(mine.get(1).name());
  }

  @Test
  void ownersOfOneShopAndOtherRolesSeeNoSwitcher() {
    ownerWithShops(1);
    navigate("team");
    _assertNone(Select.class, spec -> spec.withId("shop-switcher"));
    String customer = "customer-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    users.createVerifiedUser(customer, "Cleo Customer", Roles.CUSTOMER, "a long enough passphrase");
    signInAs(customer);
    navigate("profile");
    _assertNone(Select.class, spec -> spec.withId("shop-switcher"));
  }
}
