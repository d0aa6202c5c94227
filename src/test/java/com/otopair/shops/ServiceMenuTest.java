package com.otopair.shops;

import static com.otopair.shops.ShopFixtures.montreal;
import static com.otopair.shops.ShopFixtures.newOwner;
import static com.otopair.shops.ShopFixtures.uniqueSlug;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.otopair.base.InvalidRequestException;
import com.otopair.base.Money;
import com.otopair.demo.DemoAccounts;
import com.otopair.identity.UserProvisioning;
import com.otopair.support.IntegrationTest;
import com.otopair.support.SignIn;
import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

class ServiceMenuTest extends IntegrationTest {

  @Autowired ServiceMenu menu;
  @Autowired ShopService shops;
  @Autowired ShopAdministration admin;
  @Autowired UserProvisioning users;
  @Autowired UserDetailsService userDetails;

  private String owner;
  private UUID shop;

  @BeforeEach
  void aShopOfOurOwn() {
    owner = newOwner(users);
    SignIn.as(userDetails, owner);
    shop = shops.submit(montreal(uniqueSlug("menu")));
  }

  private static Offering brakes(String price, String currency) {
    return new Offering(
        null,
        "Brake pads, front axle",
        "Pads and a rotor check.",
        OfferingCategory.BRAKES,
        90,
        Money.of(new BigDecimal(price), currency),
        OfferingMode.IN_SHOP,
        true);
  }

  @Test
  void anOwnerAddsAndChangesServicesInTheShopsCurrency() {
    UUID id = menu.save(shop, brakes("249.99", "CAD"));
    Offering saved = menu.forOwner(shop).getFirst();
    assertThat(saved.price()).isEqualTo(new Money(24999, "CAD"));
    assertThat(saved.price().format()).isEqualTo("$249.99 CAD");

    menu.save(
        shop,
        new Offering(
            id,
            saved.name(),
            "",
            saved.category(),
            120,
            saved.price(),
            OfferingMode.IN_SHOP,
            false));
    assertThat(menu.forOwner(shop))
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.durationMinutes()).isEqualTo(120);
              assertThat(o.active()).isFalse();
            });
  }

  @Test
  void badServicesAreRefusedNextToTheField() {
    assertThatThrownBy(() -> menu.save(shop, brakes("-1", "CAD")))
        .isInstanceOfSatisfying(
            InvalidRequestException.class, r -> assertThat(r.field()).isEqualTo("price"));
    assertThatThrownBy(() -> menu.save(shop, brakes("10", "USD")))
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            r -> assertThat(r.getMessage()).isEqualTo("Prices at this shop are in CAD"));
    var tooShort =
        new Offering(
            null,
            "Quick look",
            "",
            OfferingCategory.OTHER,
            2,
            new Money(0, "CAD"),
            OfferingMode.REMOTE_CHAT,
            true);
    assertThatThrownBy(() -> menu.save(shop, tooShort))
        .isInstanceOfSatisfying(
            InvalidRequestException.class, r -> assertThat(r.field()).isEqualTo("duration"));
    assertThat(menu.forOwner(shop)).isEmpty();
  }

  @Test
  void onlyActiveServicesOfLiveShopsArePublic() {
    menu.save(shop, brakes("100", "CAD"));
    var hidden = brakes("50", "CAD");
    menu.save(
        shop,
        new Offering(
            null, "Hidden", "", hidden.category(), 30, hidden.price(), hidden.mode(), false));
    assertThat(menu.publicMenu(shop)).as("pending shop").isEmpty();

    SignIn.as(userDetails, DemoAccounts.ADMIN.email());
    admin.approve(shop);
    assertThat(menu.publicMenu(shop))
        .extracting(Offering::name)
        .containsExactly("Brake pads, front axle");
  }

  @Test
  void oneBookableServiceIsFoundOnlyWhileActiveAtALiveShop() {
    UUID brakes = menu.save(shop, brakes("100", "CAD"));
    UUID otherShop = shops.submit(montreal(uniqueSlug("elsewhere")));
    assertThat(menu.publicOffering(shop, brakes)).as("pending shop").isEmpty();

    SignIn.as(userDetails, DemoAccounts.ADMIN.email());
    admin.approve(shop);
    admin.approve(otherShop);
    assertThat(menu.publicOffering(shop, brakes))
        .hasValueSatisfying(o -> assertThat(o.name()).isEqualTo("Brake pads, front axle"));
    assertThat(menu.publicOffering(otherShop, brakes)).as("another shop's id").isEmpty();
    assertThat(menu.publicOffering(shop, UUID.randomUUID())).isEmpty();

    SignIn.as(userDetails, owner);
    var saved = menu.forOwner(shop).getFirst();
    menu.save(
        shop,
        new Offering(
            brakes,
            saved.name(),
            "",
            saved.category(),
            saved.durationMinutes(),
            saved.price(),
            saved.mode(),
            false));
    assertThat(menu.publicOffering(shop, brakes)).as("inactive").isEmpty();
  }

  @Test
  void anotherOwnerCannotReadOrChangeThisMenu() {
    UUID offering = menu.save(shop, brakes("100", "CAD"));
    SignIn.as(userDetails, newOwner(users));
    assertThatThrownBy(() -> menu.forOwner(shop)).isInstanceOf(InvalidRequestException.class);
    assertThatThrownBy(() -> menu.save(shop, brakes("1", "CAD")))
        .isInstanceOf(InvalidRequestException.class);

    UUID mine = shops.submit(montreal(uniqueSlug("other")));
    var stolen = brakes("1", "CAD");
    assertThatThrownBy(
            () ->
                menu.save(
                    mine,
                    new Offering(
                        offering,
                        "Stolen",
                        "",
                        stolen.category(),
                        30,
                        stolen.price(),
                        stolen.mode(),
                        true)))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("That service isn’t on this shop’s menu");
    SignIn.as(userDetails, owner);
    assertThat(menu.forOwner(shop))
        .extracting(Offering::name)
        .containsExactly("Brake pads, front axle");
  }
}
