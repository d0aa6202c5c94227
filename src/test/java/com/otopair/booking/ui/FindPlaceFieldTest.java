package com.otopair.booking.ui;

import static com.github.mvysny.kaributesting.v10.ComboBoxKt._fireCustomValueSet;
import static com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestions;
import static com.github.mvysny.kaributesting.v10.ComboBoxKt.setUserInput;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.base.ui.PlaceField;
import com.otopair.shops.ShopService;
import com.otopair.support.KaribuTest;
import com.vaadin.flow.component.html.H2;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Find's place field suggests places as you type and still takes anything typed. */
class FindPlaceFieldTest extends KaribuTest {

  @Test
  void typingSuggestsTheBiggestPlacesFirstAndAPickedOneIsSearched() {
    navigate("find");
    FindView view = _get(FindView.class);

    setUserInput(view.where, "trois");
    assertThat(getSuggestions(view.where)).first().isEqualTo("Trois-Rivières, QC");
    setUserInput(view.where, "sa");
    assertThat(getSuggestions(view.where))
        .hasSize(PlaceField.SUGGESTIONS)
        .contains("San Antonio, TX", "San Diego, CA");

    _setValue(view.where, "Trois-Rivières, QC");
    _click(view.search);

    assertThat(view.where.isInvalid()).isFalse();
    assertThat(_get(H2.class, spec -> spec.withId("find-count")).getText())
        .isEqualTo("No shops match yet");
    assertThat(view.filterLocation().getQueryParameters().getParameters().get("where"))
        .isEqualTo(List.of("Trois-Rivières, QC"));
  }

  @Test
  void aPostalCodeIsNoSuggestionButIsSearchedAroundItsPlace() {
    navigate("find");
    FindView view = _get(FindView.class);

    setUserInput(view.where, "78702");
    assertThat(getSuggestions(view.where)).isEmpty();
    _fireCustomValueSet(view.where, "78702");
    _click(view.search);

    assertThat(view.where.getValue()).isEqualTo("78702");
    assertThat(_get(H2.class, spec -> spec.withId("find-count")).getText())
        .endsWith("around Austin");
    assertThat(view.results.getElement().getTextRecursively()).contains("Eastside Auto Repair");
  }

  @Autowired ShopService shops;

  @Test
  void theBrowsersLocationNamesTheNearestPlaceWithItsRegion() {
    navigate("find");
    FindView view = _get(FindView.class);

    // A phone in London, Kentucky: "London" alone would be the bigger London, Ontario.
    view.searchNear("37.129,-84.083", shops);

    assertThat(view.where.getValue()).isEqualTo("London, KY");
    assertThat(view.where.isInvalid()).isFalse();
  }

  @Test
  void aPlaceInTheAddressIsSearchedWithItsRegion() {
    navigate("find?where=Austin, TX&km=25");

    assertThat(_get(H2.class, spec -> spec.withId("find-count")).getText())
        .endsWith("around Austin");
  }
}
