package com.otopair.shops;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * One line about each mechanic for the shop page ("Brakes, Hybrid and EV · 12 years"). The team
 * module, which owns mechanic profiles, provides it; without it the page lists names only.
 */
public interface MechanicHeadlines {

  Map<UUID, String> headlines(Collection<UUID> mechanicIds);
}
