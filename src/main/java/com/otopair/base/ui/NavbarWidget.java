package com.otopair.base.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * Something a module adds to the top bar of {@link MainLayout} for the signed-in user, such as the
 * shop switcher; the layout stays unaware of the modules above it.
 */
public interface NavbarWidget {

  /** The component for the current user, or empty when it has nothing to show them. */
  Optional<Component> create();
}
