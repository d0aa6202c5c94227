package com.otopair.shops;

import com.otopair.base.CurrentUser;
import com.otopair.base.GeoPoint;
import com.otopair.base.I18n;
import com.otopair.base.InvalidRequestException;
import com.otopair.shops.domain.ShopMember;
import com.otopair.shops.domain.ShopMemberRepository;
import com.otopair.shops.domain.ShopRepository;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who works where, for the team module: add a mechanic who accepted an invitation, remove one, let
 * one leave. Callers check who may do it; this keeps the one-membership-per-shop rule.
 */
@Service
@Transactional
public class ShopMembership {

  private final ShopRepository shops;
  private final ShopMemberRepository members;
  private final ShopAccess access;
  private final Clock clock;

  ShopMembership(
      ShopRepository shops, ShopMemberRepository members, ShopAccess access, Clock clock) {
    this.shops = shops;
    this.members = members;
    this.access = access;
    this.clock = clock;
  }

  /**
   * Throws unless the signed-in user owns the shop: not found for a stranger (as for a shop that
   * doesn't exist), not allowed for one of its mechanics.
   */
  @Transactional(readOnly = true)
  public void requireOwner(UUID shopId) {
    access.requireOwner(shopId);
  }

  /** The signed-in user's role at the shop; a stranger gets not found, as for a missing shop. */
  @Transactional(readOnly = true)
  public ShopRole requireMember(UUID shopId) {
    return access.requireMember(shopId);
  }

  @Transactional(readOnly = true)
  public String shopName(UUID shopId) {
    return shops
        .findById(shopId)
        .map(s -> s.getName())
        .orElseGet(() -> I18n.t("shops.membership.a-shop"));
  }

  @Transactional(readOnly = true)
  public boolean isMember(UUID shopId, UUID userId) {
    return members.existsByShopIdAndUserId(shopId, userId);
  }

  @Transactional(readOnly = true)
  public boolean isOwner(UUID shopId, UUID userId) {
    return members.existsByShopIdAndUserIdAndRole(shopId, userId, ShopMember.OWNER);
  }

  /** The mechanics of a shop, in the order they joined. */
  @Transactional(readOnly = true)
  public List<UUID> mechanicsOf(UUID shopId) {
    return members.findByShopId(shopId).stream()
        .filter(m -> m.getRole().equals(ShopMember.MECHANIC))
        .sorted(Comparator.comparing(ShopMember::getJoinedAt))
        .map(ShopMember::getUserId)
        .toList();
  }

  /** The owners of a shop, for telling them of its bookings. */
  @Transactional(readOnly = true)
  public List<UUID> ownersOf(UUID shopId) {
    return members.findByShopIdAndRole(shopId, ShopMember.OWNER).stream()
        .map(ShopMember::getUserId)
        .toList();
  }

  /** The shop's posted opening hours, in its zone: none when it hasn't posted any. */
  @Transactional(readOnly = true)
  public List<OpeningHours> openingHoursOf(UUID shopId) {
    return shops.findById(shopId).stream()
        .flatMap(s -> s.getOpeningHours().stream())
        .map(h -> new OpeningHours(DayOfWeek.of(h.dayOfWeek()), h.opensAt(), h.closesAt()))
        .toList();
  }

  /** The shop's time zone, where its schedules and slots are computed. */
  @Transactional(readOnly = true)
  public ZoneId zoneOf(UUID shopId) {
    return shops
        .findById(shopId)
        .map(s -> ZoneId.of(s.getTimeZone()))
        .orElseThrow(() -> new InvalidRequestException("shops.membership.shop-missing"));
  }

  /** The shop's province or state ("QC", "TX"), for its default sales tax. */
  @Transactional(readOnly = true)
  public String regionOf(UUID shopId) {
    return shops.findById(shopId).map(s -> s.getRegion()).orElse("");
  }

  /** What an invoice prints at its top: the shop's name, address and phone. */
  public record Letterhead(
      String name,
      String slug,
      String address,
      String phone,
      String country,
      @Nullable String logoKey) {}

  @Transactional(readOnly = true)
  public Letterhead letterhead(UUID shopId) {
    return shops
        .findById(shopId)
        .map(
            s ->
                new Letterhead(
                    s.getName(),
                    s.getSlug(),
                    s.getStreet()
                        + "\n"
                        + s.getCity()
                        + ", "
                        + s.getRegion()
                        + " "
                        + s.getPostalCode(),
                    s.getPhone(),
                    s.getCountry(),
                    s.getLogoKey()))
        .orElseThrow(() -> new InvalidRequestException("shops.membership.shop-missing"));
  }

  /** A shop's address, name and time zone: to link to it and tell its times. */
  public record ShopRef(String slug, String name, ZoneId zone) {}

  /** A shop's address, name and time zone, live or not. */
  @Transactional(readOnly = true)
  public ShopRef ref(UUID shopId) {
    return shops
        .namingOf(shopId)
        .map(s -> new ShopRef(s.slug(), s.name(), ZoneId.of(s.timeZone())))
        .orElseThrow(() -> new InvalidRequestException("shops.membership.shop-missing"));
  }

  /** The live shops where this user is a member. */
  @Transactional(readOnly = true)
  public List<ShopRef> liveShopsOf(UUID userId) {
    return members.findByUserId(userId).stream()
        .map(m -> shops.findById(m.getShopId()).orElseThrow())
        .filter(s -> s.getStatus() == ShopStatus.ACTIVE)
        .map(s -> new ShopRef(s.getSlug(), s.getName(), ZoneId.of(s.getTimeZone())))
        .toList();
  }

  /**
   * The shops this user works at (or owns), each with its time zone, in the order they joined:
   * where "today" and "this week" are each shop's own.
   */
  @Transactional(readOnly = true)
  public Map<UUID, ZoneId> workplaces(UUID userId) {
    List<ShopMember> mine =
        members.findByUserId(userId).stream()
            .sorted(Comparator.comparing(ShopMember::getJoinedAt))
            .toList();
    Map<UUID, ZoneId> zones =
        shops.findAllById(mine.stream().map(ShopMember::getShopId).toList()).stream()
            .collect(Collectors.toMap(s -> s.getId(), s -> ZoneId.of(s.getTimeZone())));
    Map<UUID, ZoneId> ordered = new LinkedHashMap<>();
    mine.stream()
        .map(ShopMember::getShopId)
        .filter(zones::containsKey)
        .forEach(id -> ordered.put(id, zones.get(id)));
    return ordered;
  }

  /** A live shop, where it is, and which of the people asked about work there as mechanics. */
  public record LiveShop(
      UUID id, String slug, String name, String city, GeoPoint position, Set<UUID> mechanics) {}

  /**
   * The live shops where any of these people works as a mechanic, in two queries whatever their
   * number (for listing the shops whose mechanics are online now).
   */
  @Transactional(readOnly = true)
  public List<LiveShop> liveShopsOfMechanics(Collection<UUID> userIds) {
    if (userIds.isEmpty()) {
      return List.of();
    }
    Map<UUID, Set<UUID>> mechanicsByShop =
        members.findByUserIdInAndRole(userIds, ShopMember.MECHANIC).stream()
            .collect(
                Collectors.groupingBy(
                    ShopMember::getShopId,
                    Collectors.mapping(ShopMember::getUserId, Collectors.toSet())));
    return shops.findAllById(mechanicsByShop.keySet()).stream()
        .filter(s -> s.getStatus() == ShopStatus.ACTIVE)
        .map(
            s ->
                new LiveShop(
                    s.getId(),
                    s.getSlug(),
                    s.getName(),
                    s.getCity(),
                    new GeoPoint(s.getLatitude(), s.getLongitude()),
                    Set.copyOf(mechanicsByShop.get(s.getId()))))
        .toList();
  }

  /** Adds a mechanic; does nothing if they are already on the team. */
  public void addMechanic(UUID shopId, UUID userId) {
    if (!members.existsByShopIdAndUserId(shopId, userId)) {
      members.save(new ShopMember(shopId, userId, ShopMember.MECHANIC, clock.instant()));
    }
  }

  /** The owner takes a mechanic off the team. */
  public void removeMechanic(UUID shopId, UUID userId) {
    access.requireOwner(shopId);
    ShopMember member =
        members.findByShopId(shopId).stream()
            .filter(m -> m.getUserId().equals(userId) && m.getRole().equals(ShopMember.MECHANIC))
            .findFirst()
            .orElseThrow(() -> new InvalidRequestException("shops.membership.not-a-mechanic"));
    members.delete(member);
  }

  /** The signed-in mechanic leaves a shop. */
  public void leave(UUID shopId) {
    UUID me = CurrentUser.require().id();
    ShopMember member =
        members.findByShopId(shopId).stream()
            .filter(m -> m.getUserId().equals(me) && m.getRole().equals(ShopMember.MECHANIC))
            .findFirst()
            .orElseThrow(() -> new InvalidRequestException("shops.membership.not-your-shop"));
    members.delete(member);
  }
}
