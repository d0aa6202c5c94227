package com.otopair.scheduling.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.otopair.identity.UserProvisioning;
import com.otopair.scheduling.ScheduleFixtures;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.KaribuTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The owner's booking policy says whether a remote session's price is credited on the repair it
 * leads to: off until they turn it on.
 */
class CreditSessionsSettingTest extends KaribuTest {

  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired JdbcTemplate jdbc;

  ScheduleFixtures shop;

  @BeforeEach
  void shop() {
    shop = ScheduleFixtures.create(users, shops, membership, "America/Toronto");
  }

  private Checkbox openPolicy() {
    signInAs(shop.ownerEmail());
    navigate("schedule");
    ScheduleView view = _get(ScheduleView.class);
    ContextMenuKt._click(view.actions, view.policy);
    return _get(
        Checkbox.class,
        spec -> spec.withLabel("Credit the remote session’s price on the repair it leads to"));
  }

  private Boolean saved() {
    return jdbc.queryForObject(
        "select credit_remote_sessions from booking_policies where shop_id = ?",
        Boolean.class,
        shop.shopId());
  }

  @Test
  void theOwnerTurnsCreditingRemoteSessionsOnAndOffInThePolicyDialog() {
    Checkbox credit = openPolicy();
    assertThat(credit.getValue()).isFalse();

    _setValue(credit, true);
    _click(_get(Button.class, spec -> spec.withId("dialog-save")));
    assertThat(saved()).isTrue();

    Checkbox again = openPolicy();
    assertThat(again.getValue()).isTrue();
    _setValue(again, false);
    _click(_get(Button.class, spec -> spec.withId("dialog-save")));
    assertThat(saved()).isFalse();
  }
}
