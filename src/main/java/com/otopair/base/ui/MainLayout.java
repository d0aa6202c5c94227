package com.otopair.base.ui;

import com.otopair.base.CurrentUser;
import com.otopair.base.Roles;
import com.otopair.base.SignedInUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.avatar.AvatarVariant;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * The signed-in frame: a side navigation that lists only the views the user's role may open (from
 * each view's {@code @Menu}), the page title, and the user menu.
 */
@Layout
@PermitAll
// The top bar's widgets come from other modules as Spring beans, which the production build's scan
// of what routes reach cannot follow: the components only a widget uses are named here, so the
// production bundle holds them (the notification bell's dropdown).
@Uses(Popover.class)
public class MainLayout extends AppLayout implements AfterNavigationObserver, HasDynamicTitle {

  private final AuthenticationContext authentication;
  private final H1 title = new H1();

  MainLayout(AuthenticationContext authentication, List<NavbarWidget> widgets) {
    this.authentication = authentication;
    setPrimarySection(Section.DRAWER);
    addClassName("otopair-layout");

    var toggle = new DrawerToggle();
    toggle.setAriaLabel(getTranslation("base.nav.menu"));
    title.addClassName("otopair-page-title");
    addToNavbar(true, toggle, title);
    widgets.forEach(widget -> widget.create().ifPresent(component -> addToNavbar(true, component)));
    addToNavbar(true, new LanguageSwitch(), userMenu());

    var nav = new Scroller(sideNav());
    nav.addClassName("otopair-nav");
    addToDrawer(Brand.logo(), nav);
  }

  private SideNav sideNav() {
    var nav = new SideNav();
    nav.setId("main-nav");
    for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
      var item = new SideNavItem(Titles.translate(entry.title()), entry.path());
      if (entry.icon() != null) {
        item.setPrefixComponent(new Icon(entry.icon()));
      }
      nav.addItem(item);
    }
    return nav;
  }

  private Component userMenu() {
    var menu = new MenuBar();
    menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
    menu.addClassName("otopair-user-menu");
    SignedInUser user = CurrentUser.get().orElse(null);
    if (user == null) {
      return new Anchor("login", getTranslation("base.nav.sign-in"));
    }
    var avatar = new Avatar(user.displayName());
    avatar.addThemeVariants(AvatarVariant.LUMO_XSMALL);
    var label = new Span(avatar, new Span(user.displayName()));
    label.addClassName("otopair-user-label");
    var root = menu.addItem(label);
    root.getSubMenu().addItem(new Span(Roles.label(user.role()))).setEnabled(false);
    root.getSubMenu()
        .addItem(
            getTranslation("base.nav.profile"),
            e -> e.getSource().getUI().ifPresent(ui -> ui.navigate("profile")));
    root.getSubMenu().addItem(getTranslation("base.nav.sign-out"), e -> authentication.logout());
    return menu;
  }

  @Override
  public void afterNavigation(AfterNavigationEvent event) {
    title.setText(MenuConfiguration.getPageHeader(getContent()).map(Titles::translate).orElse(""));
  }

  /** The browser tab's title: the view's own {@code @PageTitle}, in the page's language. */
  @Override
  public String getPageTitle() {
    return Titles.of(getContent());
  }
}
