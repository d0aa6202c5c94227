package com.otopair.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.base.I18n;
import com.otopair.demo.DemoAccounts;
import com.otopair.support.KaribuTest;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;

/** A French account's pages open in French, and the home page is where it lands. */
class FrenchAccountPageTest extends KaribuTest {

  @Test
  void aFrenchOwnersPagesOpenInFrench() {
    openAs(DemoAccounts.SHOP_OWNERS.get(1).email());
    assertThat(UI.getCurrent().getLocale()).isEqualTo(I18n.FRENCH);
    navigate("home");
    assertThat(currentView()).isEqualTo("HomeView");
  }
}
