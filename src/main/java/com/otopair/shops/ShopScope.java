package com.otopair.shops;

import com.otopair.base.CurrentUser;
import com.otopair.base.NotAllowedException;
import com.otopair.base.Roles;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tenant guard of reports: one shop's figures for its owner (a stranger to the shop gets not
 * found, as for a shop that doesn't exist), the whole marketplace's ({@code null}) for admins only.
 */
@Component
public class ShopScope {

  private final ShopAccess access;

  ShopScope(ShopAccess access) {
    this.access = access;
  }

  /** Throws unless the signed-in user may read this shop's figures, or the marketplace's. */
  @Transactional(readOnly = true)
  public void require(@Nullable UUID shopId) {
    if (shopId == null) {
      if (!Roles.ADMIN.equals(CurrentUser.require().role())) {
        throw new NotAllowedException("shops.access.admins-only");
      }
      return;
    }
    access.requireOwner(shopId);
  }

  /** The one currency a shop's money is in: its country's. */
  public static String currencyOf(String country) {
    return "US".equals(country) ? "USD" : "CAD";
  }
}
