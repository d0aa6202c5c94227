package com.otopair.shops;

import com.otopair.base.ClientAddress;
import com.otopair.base.CurrentUser;
import com.otopair.base.FileStore;
import com.otopair.base.Formats;
import com.otopair.base.GeoPoint;
import com.otopair.base.Images;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.PlainText;
import com.otopair.base.Roles;
import com.otopair.identity.UserContact;
import com.otopair.identity.UserContacts;
import com.otopair.shops.domain.Shop;
import com.otopair.shops.domain.ShopMember;
import com.otopair.shops.domain.ShopMemberRepository;
import com.otopair.shops.domain.ShopRepository;
import com.otopair.shops.domain.SlugRedirect;
import com.otopair.shops.domain.SlugRedirectRepository;
import java.time.Clock;
import java.time.DayOfWeek;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shops as their owners and the public see them: onboarding, editing, the owner's shops, and the
 * public page. An owner reaches only the shops they own, whatever id a request carries.
 */
@Service
@Transactional
public class ShopService {

  /** What the public address of a shop leads to. */
  public sealed interface PublicPage {
    record Found(ShopDetails shop) implements PublicPage {}

    /** The slug changed: the shop lives at {@code slug} now. */
    record Moved(String slug) implements PublicPage {}

    record NotFound() implements PublicPage {}
  }

  private final ShopRepository shops;
  private final ShopMemberRepository members;
  private final SlugRedirectRepository redirects;
  private final Geocoder geocoder;
  private final ShopAccess access;
  private final FileStore files;
  private final UserContacts contacts;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  ShopService(
      ShopRepository shops,
      ShopMemberRepository members,
      SlugRedirectRepository redirects,
      Geocoder geocoder,
      ShopAccess access,
      FileStore files,
      UserContacts contacts,
      Clock clock,
      ApplicationEventPublisher events) {
    this.shops = shops;
    this.members = members;
    this.redirects = redirects;
    this.geocoder = geocoder;
    this.access = access;
    this.files = files;
    this.contacts = contacts;
    this.clock = clock;
    this.events = events;
  }

  /** Why a slug can't be used for this shop ({@code null} for a new one), or {@code null}. */
  @Transactional(readOnly = true)
  public ShopRules.@Nullable Problem slugProblem(@Nullable String slug, @Nullable UUID shopId) {
    ShopRules.Problem shape = ShopRules.slugProblem(slug);
    if (shape != null || slug == null) {
      return shape;
    }
    Optional<UUID> holder =
        shops
            .findBySlug(slug)
            .map(Shop::getId)
            .or(() -> redirects.findById(slug).map(SlugRedirect::getShopId));
    return holder.isPresent() && !holder.get().equals(shopId)
        ? new ShopRules.Problem("shops.rules.slug.taken")
        : null;
  }

  /**
   * A place by its name, however it is capitalised or accented, with or without its region
   * ("Trois-Rivières", "London, ON"), or by a postal code ("H2J 2L4", "H2J", "78701"). Place
   * lookups read the gazetteer in memory and need no transaction.
   */
  @Transactional(propagation = Propagation.SUPPORTS)
  public Optional<Geocoder.Place> findPlace(String cityOrPostalCode) {
    return geocoder
        .locatePostalCode(cityOrPostalCode)
        .or(() -> geocoder.locate(cityOrPostalCode, null));
  }

  /**
   * What to suggest while someone types a place: the labels ("Trois-Rivières, QC") of at most
   * {@code limit} places starting with what was typed, the biggest first.
   */
  @Transactional(propagation = Propagation.SUPPORTS)
  public List<String> suggestPlaces(String typed, int limit) {
    return geocoder.suggest(typed, limit).stream().map(Geocoder.Place::label).toList();
  }

  /** The place nearest to a point, such as the browser's location. */
  @Transactional(propagation = Propagation.SUPPORTS)
  public Optional<Geocoder.Place> nearestPlace(GeoPoint point) {
    return geocoder.nearest(point);
  }

  /** Live shops within {@code radiusKm} of {@code centre}, nearest first, with their distance. */
  @Transactional(readOnly = true)
  public List<Nearby> liveShopsNear(GeoPoint centre, double radiusKm) {
    double dLat = radiusKm / 111.0;
    double dLon = radiusKm / (111.0 * Math.max(0.01, Math.cos(Math.toRadians(centre.latitude()))));
    return shops
        .liveWithin(
            centre.latitude() - dLat,
            centre.latitude() + dLat,
            centre.longitude() - dLon,
            centre.longitude() + dLon)
        .stream()
        .map(s -> new Nearby(details(s), kilometres(centre, s.getLatitude(), s.getLongitude())))
        .filter(n -> n.distanceKm() <= radiusKm)
        .sorted(Comparator.comparingDouble(Nearby::distanceKm))
        .toList();
  }

  /** A live shop and how far it is, in kilometres. */
  public record Nearby(ShopDetails shop, double distanceKm) {}

  private static double kilometres(GeoPoint from, double lat, double lon) {
    return from.kilometresTo(new GeoPoint(lat, lon));
  }

  /** The city's centre and time zone, to prefill the form. */
  @Transactional(propagation = Propagation.SUPPORTS)
  public Optional<Geocoder.Place> locate(String city, @Nullable String country) {
    return geocoder.locate(city, country);
  }

  /** The postal code's area in {@code country}: its centre and time zone, to prefill the form. */
  @Transactional(propagation = Propagation.SUPPORTS)
  public Optional<Geocoder.Place> locatePostalCode(String postalCode, String country) {
    return geocoder.locatePostalCode(postalCode).filter(p -> p.country().equals(country));
  }

  /**
   * Submits a new shop owned by the signed-in shop owner. It waits for an admin's approval before
   * anyone else can see it.
   */
  @PreAuthorize("hasRole('" + Roles.SHOP_OWNER + "')")
  public UUID submit(ShopDraft draft) {
    UUID owner = CurrentUser.require().id();
    if (!contacts.isVerified(owner)) {
      throw new InvalidRequestException("shops.setup.verify-email");
    }
    Shop shop = create(owner, draft);
    events.publishEvent(
        new ShopSubmitted(
            shop.getId(),
            shop.getName(),
            shop.getSlug(),
            CurrentUser.require().email(),
            ClientAddress.current(),
            clock.instant()));
    return shop.getId();
  }

  /** Creates a shop in PENDING_APPROVAL with {@code ownerId} as its owner. */
  Shop create(UUID ownerId, ShopDraft draft) {
    check("slug", slugProblem(draft.slug(), null));
    var shop = new Shop(draft.slug(), clock.instant());
    describe(shop, draft);
    try {
      shops.saveAndFlush(shop);
    } catch (DataIntegrityViolationException takenMeanwhile) {
      throw new InvalidRequestException("slug", "shops.rules.slug.taken-meanwhile");
    }
    members.save(new ShopMember(shop.getId(), ownerId, ShopMember.OWNER, clock.instant()));
    return shop;
  }

  /** Saves an owner's edits, including a new slug (the old one keeps redirecting). */
  @PreAuthorize("hasRole('" + Roles.SHOP_OWNER + "')")
  public void update(UUID shopId, ShopDraft draft) {
    Shop shop = ownedShop(shopId);
    if (!shop.getSlug().equals(draft.slug())) {
      check("slug", slugProblem(draft.slug(), shopId));
      redirects.findById(draft.slug()).ifPresent(redirects::delete);
      redirects.save(new SlugRedirect(shop.getSlug(), shopId));
      shop.setSlug(draft.slug());
    }
    describe(shop, draft);
  }

  /** Replaces the shop's logo: a PNG, JPEG or WebP of at most 2 MB. */
  @PreAuthorize("hasRole('" + Roles.SHOP_OWNER + "')")
  public String setLogo(UUID shopId, byte[] image) {
    Shop shop = ownedShop(shopId);
    String type = Images.check(image, "logo");
    String old = shop.getLogoKey();
    shop.setLogoKey(files.put("shop-logos", image, type));
    if (old != null) {
      files.delete(old);
    }
    return FileStore.url(shop.getLogoKey());
  }

  /** The shops the signed-in user owns or works at. */
  @PreAuthorize("isAuthenticated()")
  @Transactional(readOnly = true)
  public List<ShopDetails> myShops() {
    UUID me = CurrentUser.require().id();
    return members.findByUserId(me).stream()
        .map(m -> shops.findById(m.getShopId()).orElseThrow())
        .sorted(Comparator.comparing(Shop::getCreatedAt))
        .map(this::details)
        .toList();
  }

  /** The shops the signed-in user owns. */
  @PreAuthorize("hasRole('" + Roles.SHOP_OWNER + "')")
  @Transactional(readOnly = true)
  public List<ShopDetails> ownedShops() {
    UUID me = CurrentUser.require().id();
    return members.findByUserId(me).stream()
        .filter(m -> m.getRole().equals(ShopMember.OWNER))
        .map(m -> shops.findById(m.getShopId()).orElseThrow())
        .sorted(Comparator.comparing(Shop::getCreatedAt))
        .map(this::details)
        .toList();
  }

  /** One of the signed-in owner's shops, for editing. */
  @PreAuthorize("hasRole('" + Roles.SHOP_OWNER + "')")
  @Transactional(readOnly = true)
  public ShopDetails ownShop(UUID shopId) {
    return details(ownedShop(shopId));
  }

  /** What {@code /shops/{slug}} shows: only live shops are found; old slugs lead to the new one. */
  @Transactional(readOnly = true)
  public PublicPage publicPage(String slug) {
    if (!PlainText.isLine(slug)) {
      return new PublicPage.NotFound(); // no slug has a control character
    }
    Optional<Shop> shop = shops.findBySlug(slug);
    if (shop.isPresent()) {
      return shop.get().getStatus() == ShopStatus.ACTIVE
          ? new PublicPage.Found(details(shop.get()))
          : new PublicPage.NotFound();
    }
    return redirects
        .findById(slug)
        .flatMap(r -> shops.findById(r.getShopId()))
        .filter(s -> s.getStatus() == ShopStatus.ACTIVE)
        .<PublicPage>map(s -> new PublicPage.Moved(s.getSlug()))
        .orElse(new PublicPage.NotFound());
  }

  private Shop ownedShop(UUID shopId) {
    access.requireOwner(shopId);
    return shops.findById(shopId).orElseThrow();
  }

  private void describe(Shop shop, ShopDraft draft) {
    check("name", ShopRules.nameProblem(draft.name()));
    check("street", ShopRules.requiredProblem(draft.street(), "shops.rules.street.required"));
    check("city", ShopRules.requiredProblem(draft.city(), "shops.rules.city.required"));
    check("region", ShopRules.requiredProblem(draft.region(), "shops.rules.region.required"));
    if (!List.of("CA", "US").contains(draft.country())) {
      throw new InvalidRequestException("country", "shops.rules.country.unsupported");
    }
    String postalCode =
        ShopRules.normalizePostalCode(draft.postalCode(), draft.country())
            .orElseThrow(
                () ->
                    ShopRules.postalCodeProblem(draft.postalCode(), draft.country())
                        .at("postalCode"));
    String phone =
        ShopRules.normalizePhone(draft.phone(), draft.country())
            .orElseThrow(() -> ShopRules.phoneProblem(draft.phone(), draft.country()).at("phone"));
    check("timeZone", ShopRules.timeZoneProblem(draft.timeZone()));
    check("description", ShopRules.descriptionProblem(draft.description()));
    GeoPoint point = position(draft);
    var hours =
        draft.openingHours().stream()
            .map(
                h -> {
                  if (ShopRules.hoursProblem(h.opens(), h.closes()) != null) {
                    throw new InvalidRequestException(
                        "openingHours",
                        "shops.rules.hours.order-on",
                        Formats.current().weekday(h.day()));
                  }
                  return new Shop.Hours(h.day().getValue(), h.opens(), h.closes());
                })
            .collect(
                Collectors.toMap(
                    Shop.Hours::dayOfWeek,
                    Function.identity(),
                    (a, b) -> {
                      throw new InvalidRequestException(
                          "openingHours", "shops.rules.hours.one-per-day");
                    }));
    shop.describe(
        draft.name(),
        draft.street(),
        draft.city(),
        draft.region(),
        postalCode,
        draft.country(),
        phone,
        draft.timeZone(),
        draft.description(),
        point.latitude(),
        point.longitude(),
        hours.values().stream().sorted(Comparator.comparingInt(Shop.Hours::dayOfWeek)).toList());
  }

  private GeoPoint position(ShopDraft draft) {
    if (draft.latitude() != null && draft.longitude() != null) {
      try {
        return new GeoPoint(draft.latitude(), draft.longitude());
      } catch (IllegalArgumentException e) {
        throw new InvalidRequestException("latitude", "shops.rules.coordinates.range");
      }
    }
    return geocoder
        .locate(draft.city(), draft.country())
        .map(Geocoder.Place::centre)
        .orElseThrow(() -> new InvalidRequestException("city", "shops.rules.city.unknown"));
  }

  private static void check(String field, ShopRules.@Nullable Problem problem) {
    if (problem != null) {
      throw problem.at(field);
    }
  }

  ShopDetails details(Shop shop) {
    List<ShopMember> team = members.findByShopId(shop.getId());
    Map<UUID, UserContact> people =
        contacts.findAll(team.stream().map(ShopMember::getUserId).toList()).stream()
            .collect(Collectors.toMap(UserContact::id, Function.identity()));
    return new ShopDetails(
        shop.getId(),
        shop.getSlug(),
        shop.getName(),
        shop.getStreet(),
        shop.getCity(),
        shop.getRegion(),
        shop.getPostalCode(),
        shop.getCountry(),
        shop.getPhone(),
        shop.getTimeZone(),
        shop.getDescription(),
        shop.getLatitude(),
        shop.getLongitude(),
        shop.getStatus(),
        shop.getDeactivationReason(),
        shop.getCreatedAt(),
        shop.getLogoKey() == null ? null : FileStore.url(shop.getLogoKey()),
        shop.getOpeningHours().stream()
            .map(h -> new OpeningHours(DayOfWeek.of(h.dayOfWeek()), h.opensAt(), h.closesAt()))
            .toList(),
        team.stream()
            .filter(m -> people.containsKey(m.getUserId()))
            .map(
                m ->
                    new ShopDetails.Member(
                        m.getUserId(), people.get(m.getUserId()).name(), m.getRole()))
            .sorted(Comparator.comparing(ShopDetails.Member::name))
            .toList());
  }
}
