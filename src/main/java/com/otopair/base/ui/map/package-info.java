/**
 * The Otopair map: {@link com.otopair.base.ui.map.PlaceMap}, a server-side Vaadin component over
 * Leaflet that shows places as markers, on the tiles {@link com.otopair.base.ui.map.MapTiles}
 * names.
 */
@NullMarked
package com.otopair.base.ui.map;

import org.jspecify.annotations.NullMarked;
