package com.otopair.shops;

import com.otopair.base.CurrentUser;
import com.otopair.base.InvalidRequestException;
import com.otopair.shops.domain.ShopMember;
import com.otopair.shops.domain.ShopMemberRepository;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The tenant check every shop-scoped service makes: the signed-in user must own the shop, whatever
 * id a view or a request sends.
 */
@Component
class ShopAccess {

  private final ShopMemberRepository members;

  ShopAccess(ShopMemberRepository members) {
    this.members = members;
  }

  void requireOwner(UUID shopId) {
    UUID me = CurrentUser.require().id();
    if (!members.existsByShopIdAndUserIdAndRole(shopId, me, ShopMember.OWNER)) {
      // The same answer whether the shop exists or not: nothing leaks across tenants.
      throw new InvalidRequestException("That shop isn't one of yours");
    }
  }
}
