package com.otopair.shops;

import com.otopair.base.CurrentUser;
import com.otopair.base.NotAllowedException;
import com.otopair.base.NotFoundException;
import com.otopair.shops.domain.ShopMember;
import com.otopair.shops.domain.ShopMemberRepository;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The one tenant guard every shop-scoped service goes through, whatever id a view or a request
 * sends. A stranger to a shop gets the same answer as for a shop that doesn't exist, so nothing
 * leaks across tenants; a mechanic who tries an owner's change is told only the owner may.
 */
@Component
class ShopAccess {

  static final String NOT_FOUND = "shops.access.not-found";
  static final String OWNERS_ONLY = "shops.access.owners-only";

  private final ShopMemberRepository members;

  ShopAccess(ShopMemberRepository members) {
    this.members = members;
  }

  ShopRole requireMember(UUID shopId) {
    UUID me = CurrentUser.require().id();
    return members
        .findByShopIdAndUserId(shopId, me)
        .map(m -> ShopMember.OWNER.equals(m.getRole()) ? ShopRole.OWNER : ShopRole.MECHANIC)
        .orElseThrow(() -> new NotFoundException(NOT_FOUND));
  }

  void requireOwner(UUID shopId) {
    if (!requireMember(shopId).owner()) {
      throw new NotAllowedException(OWNERS_ONLY);
    }
  }
}
