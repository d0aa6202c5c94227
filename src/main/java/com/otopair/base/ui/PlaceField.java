package com.otopair.base.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import java.io.Serializable;
import java.util.List;

/**
 * Where: a city, "City, QC" or a postal code. It suggests places as the visitor types, the biggest
 * first, and keeps whatever they type that is not a suggestion (a postal code, a place spelled
 * another way), for the service to read. The suggestions come from the gazetteer through {@link
 * Suggestions} (ShopService::suggestPlaces), so that this shared component needs no module.
 */
public class PlaceField extends ComboBox<String> {

  /** How many places the field suggests at once. */
  public static final int SUGGESTIONS = 8;

  /** The labels of at most {@code limit} places starting with {@code typed}, the best first. */
  @FunctionalInterface
  public interface Suggestions extends Serializable {
    List<String> suggest(String typed, int limit);
  }

  public PlaceField(String label, Suggestions suggestions) {
    super(label);
    setItems(
        query ->
            suggestions.suggest(query.getFilter().orElse(""), SUGGESTIONS).stream()
                .skip(query.getOffset())
                .limit(query.getLimit()));
    setAllowCustomValue(true);
    addCustomValueSetListener(e -> setValue(e.getDetail()));
  }
}
