package com.otopair.base.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import java.util.UUID;

/**
 * A card another module adds to a page about one shop, mechanic or live session, so the page's
 * module need not depend on it: the reviews module adds the reviews to the public shop and mechanic
 * pages and "Review this visit" to an ended session. Implementations are Spring beans; each answers
 * for the page it knows, for whoever reads it now (signed in or not), and empty otherwise.
 */
public interface PageSection {

  /** Which page asks: {@code id} is the shop's, the mechanic's (user id) or the session's. */
  enum Page {
    SHOP,
    MECHANIC,
    SESSION
  }

  Optional<Component> sectionFor(Page page, UUID id);
}
