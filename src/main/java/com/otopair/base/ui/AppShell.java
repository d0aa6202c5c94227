package com.otopair.base.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.shared.ui.Transport;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The page shell: Lumo plus the Otopair theme, server push for live screens, the favicon. Push
 * sends server-to-browser over WebSocket but browser-to-server over ordinary requests, so every
 * user action passes Spring Security's filters (an ended session is noticed at once).
 */
@Push(transport = Transport.WEBSOCKET_XHR)
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("themes/otopair/styles.css")
@Meta(name = "theme-color", content = "#0f3d3e")
public class AppShell implements AppShellConfigurator {

  @Override
  public void configurePage(AppShellSettings settings) {
    settings.addFavIcon("icon", "themes/otopair/logo.svg", "any");
    settings.setPageTitle("Otopair"); // i18n: the brand
  }
}
