package com.otopair.shops.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.demo.DemoAccounts;
import com.otopair.shops.ShopDetails;
import com.otopair.shops.ShopService;
import com.otopair.support.KaribuTest;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ShopSwitcherTest extends KaribuTest {

  @Autowired ShopService shops;

  @Test
  @SuppressWarnings("unchecked")
  void anOwnerOfSeveralShopsPicksTheShopTheOwnerPagesWorkOn() {
    signInAs(DemoAccounts.SHOP_OWNERS.get(1).email());
    List<ShopDetails> marcs = shops.ownedShops();
    assertThat(marcs)
        .extracting(ShopDetails::name)
        .contains("Atelier Mécanique Rosemont", "Pneus Masson");

    navigate("team");
    Select<ShopDetails> switcher = _get(Select.class, spec -> spec.withId("shop-switcher"));
    assertThat(switcher.getListDataView().getItemCount()).isEqualTo(marcs.size());

    ShopDetails pneus =
        marcs.stream().filter(s -> s.name().equals("Pneus Masson")).findFirst().orElseThrow();
    _setValue(switcher, pneus);
    navigate("home");
    navigate("team");
    assertThat(_get(H2.class, spec -> spec.withId("team-heading")).getText())
        .isEqualTo("The team of Pneus Masson");
  }

  @Test
  @SuppressWarnings("unchecked")
  void theMenusShopSettingsOpenTheShopTheOwnerIsWorkingOn() {
    signInAs(DemoAccounts.SHOP_OWNERS.get(1).email());
    List<ShopDetails> marcs = shops.ownedShops();
    navigate("shop/settings");
    assertThat(_get(ShopSettingsView.class).form.name.getValue())
        .isEqualTo(marcs.getFirst().name());

    ShopDetails pneus =
        marcs.stream().filter(s -> s.name().equals("Pneus Masson")).findFirst().orElseThrow();
    _setValue(_get(Select.class, spec -> spec.withId("shop-switcher")), pneus);
    navigate("shop/settings");
    assertThat(_get(ShopSettingsView.class).form.name.getValue()).isEqualTo("Pneus Masson");
  }

  @Test
  void ownersOfOneShopAndOtherRolesSeeNoSwitcher() {
    signInAs(DemoAccounts.SHOP_OWNERS.get(2).email());
    navigate("team");
    _assertNone(Select.class, spec -> spec.withId("shop-switcher"));
    signInAs(DemoAccounts.CUSTOMER.email());
    navigate("profile");
    _assertNone(Select.class, spec -> spec.withId("shop-switcher"));
  }
}
