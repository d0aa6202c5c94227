package com.otopair.base.ui.map;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where maps take their tiles from ({@code otopair.maps.tiles-url}, a Leaflet URL template such as
 * {@code https://tile.openstreetmap.org/{z}/{x}/{y}.png}) and the attribution the tile server asks
 * for ({@code otopair.maps.attribution}, HTML). Tiles load in the visitor's browser, never through
 * Otopair. Without a URL no page shows a map.
 */
@ConfigurationProperties("otopair.maps")
public record MapTiles(@Nullable String tilesUrl, @Nullable String attribution) {

  /** Whether pages show maps: a tile URL is set. */
  public boolean shown() {
    return tilesUrl != null && !tilesUrl.isBlank();
  }
}
