package com.otopair.shops.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValidationUtilsKt._expectInvalid;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.otopair.base.Roles;
import com.otopair.demo.DemoAccounts;
import com.otopair.identity.UserProvisioning;
import com.otopair.shops.OfferingCategory;
import com.otopair.shops.ShopDetails;
import com.otopair.shops.ShopFixtures;
import com.otopair.shops.ShopProvisioning;
import com.otopair.shops.ShopService;
import com.otopair.shops.ShopStatus;
import com.otopair.shops.ShopSummary;
import com.otopair.support.KaribuTest;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ShopViewsTest extends KaribuTest {

  @Autowired UserProvisioning users;
  @Autowired ShopService shops;
  @Autowired ShopProvisioning provisioning;

  private final String tag = UUID.randomUUID().toString().substring(0, 6);

  private String signInAsNewOwner() {
    String email = "owner-" + tag + "@example.test";
    users.createVerifiedUser(email, "Oscar Owner", Roles.SHOP_OWNER, "a long enough passphrase");
    signInAs(email);
    return email;
  }

  private ShopSetupView fillSetupForm(String name) {
    navigate("shop/setup");
    ShopSetupView view = _get(ShopSetupView.class);
    _setValue(view.form.name, name);
    _setValue(view.form.street, "12 Congress Ave");
    _setValue(view.form.country, "US");
    _setValue(view.form.city, "Austin");
    _setValue(view.form.postalCode, "78701");
    _setValue(view.form.phone, "(512) 555-0111");
    return view;
  }

  @Test
  void theSlugIsSuggestedFromTheNameAndCheckedWhileTyping() {
    signInAsNewOwner();
    ShopSetupView view = fillSetupForm("Café Auto " + tag);
    assertThat(view.form.slug.getValue()).isEqualTo("cafe-auto-" + tag);
    assertThat(view.form.region.getValue()).isEqualTo("TX");
    assertThat(view.form.timeZone.getValue()).isEqualTo("America/Chicago");
    // placed at the ZIP code's area, nearer the door than Austin's centre (30.2672)
    assertThat(view.form.latitude.getValue()).isEqualTo(30.2713);

    _setValue(view.form.slug, "garage-du-plateau");
    _expectInvalid(
        view.form.slug, "Another shop uses this address. Try adding your city or street.");
    _setValue(view.form.slug, "login");
    assertThat(view.form.slug.getErrorMessage()).contains("reserved");
  }

  @Test
  void aControlCharacterIsShownNextToItsFieldAndNothingIsSaved() {
    signInAsNewOwner();
    ShopSetupView view = fillSetupForm("Bad\u0000 Garage " + tag);
    _click(view.submit);
    _expectInvalid(view.form.name, "This text contains a control character; remove it");

    _setValue(view.form.name, "Good Garage " + tag);
    _setValue(view.form.description, "We fix\u001b[2J things.");
    _click(view.submit);
    _expectInvalid(view.form.description, "This text contains a control character; remove it");
    navigate("shop");
    _assertOne(H2.class, spec -> spec.withText("No shop yet"));
  }

  @Test
  void aBadPostalCodeIsShownNextToItAndNothingIsSaved() {
    signInAsNewOwner();
    ShopSetupView view = fillSetupForm("Bad Zip " + tag);
    _setValue(view.form.postalCode, "H2T 1S6");
    _click(view.submit);
    _expectInvalid(view.form.postalCode, "Enter a ZIP code like 78701 or 78701-1234");
    navigate("shop");
    _assertOne(H2.class, spec -> spec.withText("No shop yet"));
  }

  @Test
  void anEmptySetupMarksEveryRequiredFieldAtOnceAndSavesNothing() {
    signInAsNewOwner();
    navigate("shop/setup");
    ShopSetupView view = _get(ShopSetupView.class);

    _click(view.submit);

    _expectInvalid(view.form.name, "Enter your shop’s name");
    _expectInvalid(view.form.slug, "Choose the address of your shop’s page");
    _expectInvalid(view.form.street, "Enter the street address");
    _expectInvalid(view.form.city, "Enter the city");
    _expectInvalid(view.form.region, "Enter the state or province");
    _expectInvalid(view.form.postalCode, "Enter a postal code like H2T 1S6");
    _expectInvalid(view.form.phone, "Enter a phone number customers can call, like (514) 555-0142");
    _expectInvalid(view.form.timeZone, "Choose the shop’s time zone");
    navigate("shop");
    _assertOne(H2.class, spec -> spec.withText("No shop yet"));
  }

  @Test
  void aDayThatClosesBeforeItOpensIsMarkedOnItsClosingTime() {
    signInAsNewOwner();
    ShopSetupView view = fillSetupForm("Night Owl " + tag);
    _setValue(view.form.closes.get(DayOfWeek.TUESDAY), LocalTime.of(7, 0));

    _click(view.submit);

    _expectInvalid(view.form.closes.get(DayOfWeek.TUESDAY), "Closing must come after opening");
    navigate("shop");
    _assertOne(H2.class, spec -> spec.withText("No shop yet"));
  }

  @Test
  void aSlugTakenMeanwhileIsRefusedNextToTheSlug() {
    signInAsNewOwner();
    ShopSetupView view = fillSetupForm("Twin " + tag);
    String slug = view.form.slug.getValue();
    String other = ShopFixtures.newOwner(users);
    UUID otherId = users.findByEmail(other).orElseThrow();
    provisioning.createPendingShop(otherId, ShopFixtures.montreal(slug));

    _click(view.submit);

    _expectInvalid(
        view.form.slug, "Another shop uses this address. Try adding your city or street.");
  }

  @Test
  void aSubmittedShopShowsOnTheDashboardAsAwaitingApproval() {
    signInAsNewOwner();
    ShopSetupView view = fillSetupForm("Lone Star Brakes " + tag);
    _click(view.submit);
    assertThat(_get(MyShopsView.class).getElement().getTextRecursively())
        .contains("Lone Star Brakes " + tag)
        .contains("Awaiting approval")
        .contains("awaits approval by an Otopair admin");
  }

  @Test
  void anAdminApprovesAPendingShopFromTheShopsGrid() {
    signInAsNewOwner();
    _click(fillSetupForm("Approve Me " + tag).submit);

    signInAs(DemoAccounts.ADMIN.email());
    navigate("admin/shops");
    AdminShopsView view = _get(AdminShopsView.class);
    _setValue(view.search, "approve me " + tag);
    assertThat(_size(view.grid)).isEqualTo(1);
    view.status.setValue(ShopStatus.PENDING_APPROVAL);
    assertThat(view.filterLocation().getPathWithQueryParameters())
        .isEqualTo("admin/shops?q=approve%20me%20" + tag + "&status=PENDING_APPROVAL");
    navigate(view.filterLocation().getPathWithQueryParameters());
    view = _get(AdminShopsView.class);
    assertThat(view.search.getValue()).isEqualTo("approve me " + tag);
    assertThat(view.status.getValue()).isEqualTo(ShopStatus.PENDING_APPROVAL);
    assertThat(_size(view.grid)).isEqualTo(1);
    view.status.clear();
    ShopSummary shop = _get(view.grid, 0);
    assertThat(shop.status()).isEqualTo(ShopStatus.PENDING_APPROVAL);

    view.confirmApprove(shop);
    ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
    assertThat(_get(view.grid, 0).status()).isEqualTo(ShopStatus.ACTIVE);

    navigate("shops/" + shop.slug());
    assertThat(_get(H1.class).getText()).isEqualTo("Approve Me " + tag);
  }

  @Test
  void thePublicPageShowsLiveShopsWithTheirMechanicsAndHidesPendingOnes() {
    navigate("shops/eastside-auto");
    assertThat(_get(H1.class).getText()).isEqualTo("Eastside Auto Repair");
    assertThat(_get(PublicShopView.class).getElement().getTextRecursively())
        .contains("Diego Hernandez", "Maya Patel", "Tyler Brooks", "Times in Central Time.");
    assertThat(serviceCard("Synthetic oil change"))
        .isEqualTo("Synthetic oil change|$76|45 min · At the shop|Book");
    assertThat(_get(Anchor.class, spec -> spec.withId("shop-book")).getHref())
        .isEqualTo("book/eastside-auto");

    navigate("shops/pneus-masson");
    assertThat(currentView()).isEqualTo("NotFoundView");
  }

  @Test
  void anOwnerWithoutAShopIsSentFromTheMenusSettingsToSetOneUp() {
    signInAsNewOwner();
    navigate("shop/settings");
    assertThat(currentView()).isEqualTo("ShopSetupView");
  }

  @Test
  void pagesNameTheConfiguredPublicAddressNotAnotherHost() {
    signInAs(DemoAccounts.SHOP_OWNERS.getFirst().email());
    navigate("shop");
    assertThat(_get(MyShopsView.class).getElement().getTextRecursively())
        .contains("Live at otopair.test/shops/garage-du-plateau.")
        .doesNotContain("otopair.com");
    navigate("shop/setup");
    assertThat(_get(ShopSetupView.class).form.slug.getPrefixComponent().getElement().getText())
        .isEqualTo("otopair.test/shops/");
  }

  @Test
  void ownersCannotOpenAnotherOwnersShopSettings() {
    signInAs(DemoAccounts.SHOP_OWNERS.getFirst().email());
    UUID sophies = shops.myShops().getFirst().id();
    navigate("shop/" + sophies + "/settings");
    _get(ShopSettingsView.class);

    signInAsNewOwner();
    navigate("shop/" + sophies + "/settings");
    assertThat(currentView()).isEqualTo("NotFoundView");
  }

  @Test
  void anOwnerAddsAServiceThatTheLivePageThenLists() {
    String owner = signInAsNewOwner();
    UUID shopId =
        provisioning.createLiveShop(
            users.findByEmail(owner).orElseThrow(),
            ShopFixtures.montreal(ShopFixtures.uniqueSlug("menu")));
    ShopDetails live = shops.ownShop(shopId);
    navigate("shop/" + live.id() + "/settings");
    ShopSettingsView view = _get(ShopSettingsView.class);

    _click(view.services.add);
    var dialog = view.services.dialog;
    _setValue(dialog.name, "Fleet inspection " + tag);
    _setValue(dialog.category, OfferingCategory.INSPECTION);
    _setValue(dialog.duration, 90);
    _setValue(dialog.price, new BigDecimal("120.00"));
    _click(dialog.save);

    navigate("shops/" + live.slug());
    assertThat(serviceCard("Fleet inspection " + tag))
        .isEqualTo("Fleet inspection " + tag + "|$120|1 h 30 min · At the shop|Book");
  }

  @Test
  void thePublicPageSaysWhetherTheShopIsOpenInItsOwnZoneAndMarksToday() {
    // Next Sunday at noon in Chicago: Eastside is closed on Sundays and opens Monday morning.
    var chicago = ZoneId.of("America/Chicago");
    var sunday =
        LocalDate.now(clock.withZone(chicago))
            .with(TemporalAdjusters.next(DayOfWeek.SUNDAY))
            .atTime(12, 0)
            .atZone(chicago)
            .toInstant();
    clock.advance(Duration.between(clock.instant(), sunday));

    navigate("shops/eastside-auto");
    var status = _get(Span.class, spec -> spec.withId("shop-open-status"));
    assertThat(status.getText()).isEqualTo("Closed, opens tomorrow at 8:00 AM");
    assertThat(status.getElement().getAttribute("data-open")).isEqualTo("false");
    assertThat(todayRow()).isEqualTo("SundayClosed");

    clock.advance(Duration.ofHours(21));
    navigate("shops/eastside-auto");
    status = _get(Span.class, spec -> spec.withId("shop-open-status"));
    assertThat(status.getText()).isEqualTo("Open now, until 6:00 PM");
    assertThat(status.getElement().getAttribute("data-open")).isEqualTo("true");
    assertThat(todayRow()).isEqualTo("Monday8:00 AM – 6:00 PM");
  }

  @Test
  void aShopWithoutALogoShowsTwoLettersThatFitItsMonogram() {
    assertThat(PublicShopView.monogram("Garage du Plateau")).isEqualTo("GP");
    assertThat(PublicShopView.monogram("  eastside  ")).isEqualTo("E");
    assertThat(PublicShopView.monogram("Atelier Mécanique Lévis")).isEqualTo("AL");
    assertThat(PublicShopView.monogram("Mile End Motors 10803")).isEqualTo("MM");
    assertThat(PublicShopView.monogram("24 7")).isEqualTo("2");
  }

  /** The text of the hours row marked as today. */
  private static String todayRow() {
    return _find(Div.class).stream()
        .filter(div -> "date".equals(div.getElement().getAttribute("aria-current")))
        .map(div -> div.getElement().getTextRecursively())
        .findFirst()
        .orElseThrow();
  }

  /** A service card's parts, separated by "|": name, price, facts, and its Book link. */
  private static String serviceCard(String name) {
    return _find(Div.class).stream()
        .filter(div -> div.hasClassName("otopair-service-card"))
        .filter(div -> _find(div, H3.class).getFirst().getText().equals(name))
        .map(
            div ->
                div.getChildren()
                    .flatMap(
                        child ->
                            child.hasClassName("otopair-service-head")
                                ? child.getChildren()
                                : Stream.of(child))
                    .map(child -> child.getElement().getTextRecursively())
                    .collect(Collectors.joining("|")))
        .findFirst()
        .orElseThrow();
  }
}
