package com.otopair.shops;

import com.otopair.base.CurrentUser;
import com.otopair.base.Roles;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The shop an owner of several is working on in this browser session; owner pages (team, settings)
 * open on it, and the switcher in the top bar changes it.
 */
@Component
public class CurrentShop {

  private static final String ATTRIBUTE = CurrentShop.class.getName();

  private final ShopService shops;

  CurrentShop(ShopService shops) {
    this.shops = shops;
  }

  /**
   * The shop the signed-in owner works on now (chosen in the top bar, or their first); empty for
   * anyone who owns no shop: the owner's home tiles read their numbers for it.
   */
  public Optional<ShopDetails> owned() {
    if (CurrentUser.get().map(u -> !Roles.SHOP_OWNER.equals(u.role())).orElse(true)) {
      return Optional.empty();
    }
    return among(shops.ownedShops());
  }

  /** The chosen shop among {@code mine}, or the first of them. */
  public Optional<ShopDetails> among(List<ShopDetails> mine) {
    Object chosen =
        VaadinSession.getCurrent() == null
            ? null
            : VaadinSession.getCurrent().getAttribute(ATTRIBUTE);
    return mine.stream()
        .filter(s -> s.id().equals(chosen))
        .findFirst()
        .or(() -> mine.stream().findFirst());
  }

  public void choose(UUID shopId) {
    VaadinSession.getCurrent().setAttribute(ATTRIBUTE, shopId);
  }
}
