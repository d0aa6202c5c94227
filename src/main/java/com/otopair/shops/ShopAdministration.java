package com.otopair.shops;

import com.otopair.base.ClientAddress;
import com.otopair.base.CurrentUser;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.PlainText;
import com.otopair.base.Roles;
import com.otopair.base.Searches;
import com.otopair.identity.UserContact;
import com.otopair.identity.UserContacts;
import com.otopair.shops.domain.Shop;
import com.otopair.shops.domain.ShopMember;
import com.otopair.shops.domain.ShopMemberRepository;
import com.otopair.shops.domain.ShopRepository;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Admins decide which shops are live: search, approve, deactivate with a reason, reactivate. */
@Service
@Transactional
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class ShopAdministration {

  /** The longest reason for a deactivation, emailed to the owner. */
  public static final int MAX_REASON = 500;

  private final ShopRepository shops;
  private final ShopMemberRepository members;
  private final UserContacts contacts;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  ShopAdministration(
      ShopRepository shops,
      ShopMemberRepository members,
      UserContacts contacts,
      Clock clock,
      ApplicationEventPublisher events) {
    this.shops = shops;
    this.members = members;
    this.contacts = contacts;
    this.clock = clock;
    this.events = events;
  }

  @Transactional(readOnly = true)
  public Slice<ShopSummary> search(ShopFilter filter, Pageable page) {
    Slice<Shop> found =
        shops.findBy(
            matching(filter),
            query -> query.slice(Searches.stable(page, Sort.by(Sort.Direction.DESC, "createdAt"))));
    Map<UUID, UserContact> owners = owners(found.getContent());
    return found.map(
        shop -> {
          UserContact owner = owners.get(shop.getId());
          return new ShopSummary(
              shop.getId(),
              shop.getSlug(),
              shop.getName(),
              shop.getCity(),
              shop.getCountry(),
              shop.getStatus(),
              owner == null ? "" : owner.name(),
              owner == null ? "" : owner.email(),
              shop.getCreatedAt());
        });
  }

  @Transactional(readOnly = true)
  public long count(ShopFilter filter) {
    return shops.count(matching(filter));
  }

  /** Makes a shop live: its public page appears and the owner is emailed. */
  public void approve(UUID shopId) {
    Shop shop = load(shopId);
    if (shop.getStatus() == ShopStatus.ACTIVE) {
      return;
    }
    shop.approve();
    decided(shop, null);
  }

  /** Takes a shop off Otopair; the owner is emailed the reason. */
  public void deactivate(UUID shopId, String reason) {
    if (reason == null || reason.isBlank()) {
      throw new InvalidRequestException("reason", "shops.admin.reason.required");
    }
    if (reason.length() > MAX_REASON) {
      throw new InvalidRequestException("reason", "shops.rules.too-long", MAX_REASON);
    }
    PlainText.requireLines("reason", reason);
    Shop shop = load(shopId);
    shop.deactivate(reason.trim());
    decided(shop, reason.trim());
  }

  /** Brings a deactivated shop back. */
  public void reactivate(UUID shopId) {
    Shop shop = load(shopId);
    if (shop.getStatus() != ShopStatus.DEACTIVATED) {
      throw new InvalidRequestException("shops.admin.reactivate.refused");
    }
    shop.approve();
    decided(shop, null);
  }

  private Shop load(UUID shopId) {
    return shops
        .findById(shopId)
        .orElseThrow(() -> new InvalidRequestException("shops.admin.gone"));
  }

  private void decided(Shop shop, @Nullable String reason) {
    UserContact owner = owners(List.of(shop)).get(shop.getId());
    events.publishEvent(
        new ShopStatusChanged(
            shop.getId(),
            shop.getName(),
            shop.getSlug(),
            shop.getStatus(),
            reason,
            owner == null ? "" : owner.name(),
            owner == null ? "" : owner.email(),
            CurrentUser.require().email(),
            ClientAddress.current(),
            clock.instant()));
  }

  private Map<UUID, UserContact> owners(List<Shop> page) {
    List<UUID> ids = page.stream().map(Shop::getId).toList();
    Map<UUID, UUID> ownerOf =
        members.findByShopIdInAndRole(ids, ShopMember.OWNER).stream()
            .collect(Collectors.toMap(ShopMember::getShopId, ShopMember::getUserId, (a, b) -> a));
    Map<UUID, UserContact> people =
        contacts.findAll(ownerOf.values()).stream()
            .collect(Collectors.toMap(UserContact::id, Function.identity()));
    return ownerOf.entrySet().stream()
        .filter(e -> people.containsKey(e.getValue()))
        .collect(Collectors.toMap(Map.Entry::getKey, e -> people.get(e.getValue())));
  }

  private static Specification<Shop> matching(ShopFilter filter) {
    return (root, query, cb) -> {
      var predicate = cb.conjunction();
      if (!filter.text().isBlank()) {
        predicate =
            cb.and(
                predicate,
                cb.like(root.get("searchText"), Searches.containing(filter.text()), '\\'));
      }
      if (filter.status() != null) {
        predicate = cb.and(predicate, cb.equal(root.get("status"), filter.status()));
      }
      String city = filter.city() == null ? "" : Searches.folded(filter.city());
      if (!city.isEmpty()) {
        var folded =
            cb.function(
                "translate",
                String.class,
                cb.lower(root.get("city")),
                cb.literal(Searches.ACCENTED),
                cb.literal(Searches.PLAIN));
        predicate = cb.and(predicate, cb.equal(folded, city));
      }
      return predicate;
    };
  }
}
