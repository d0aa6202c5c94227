package com.otopair.base.ui.map;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import java.util.Optional;

/** The user clicked a marker, or pressed Enter on it. */
@DomEvent("otopair-marker-click")
public class MarkerClickEvent extends ComponentEvent<PlaceMap> {
  private final String markerId;

  public MarkerClickEvent(
      PlaceMap source, boolean fromClient, @EventData("event.detail.id") String markerId) {
    super(source, fromClient);
    this.markerId = markerId;
  }

  public String getMarkerId() {
    return markerId;
  }

  /** The clicked marker, if the map still holds it. */
  public Optional<PlaceMap.Marker> getMarker() {
    return getSource().findMarker(markerId);
  }
}
