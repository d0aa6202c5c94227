package com.otopair.shops;

import static com.otopair.shops.ShopFixtures.montreal;
import static com.otopair.shops.ShopFixtures.newOwner;
import static com.otopair.shops.ShopFixtures.uniqueSlug;
import static com.otopair.shops.ShopFixtures.with;
import static com.otopair.support.Refusals.assertRefusedAt;
import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.base.Money;
import com.otopair.demo.DemoAccounts;
import com.otopair.identity.UserProvisioning;
import com.otopair.support.ControlCharacters;
import com.otopair.support.IntegrationTest;
import com.otopair.support.SignIn;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * What the shop services take from owners and admins: a control character in any text of the shop
 * form, the service menu or a deactivation reason is refused next to its field, and nothing
 * changes.
 */
class ShopInputTest extends IntegrationTest {

  private static final String MESSAGE = ControlCharacters.MESSAGE;
  private static final List<String> FIELDS =
      List.of(
          "name",
          "slug",
          "street",
          "city",
          "region",
          "postalCode",
          "phone",
          "timeZone",
          "description");

  @Autowired ShopService shops;
  @Autowired ServiceMenu menu;
  @Autowired ShopAdministration admin;
  @Autowired UserProvisioning users;
  @Autowired UserDetailsService userDetails;
  @Autowired JdbcTemplate jdbc;

  private final String tag = "ctl" + UUID.randomUUID().toString().substring(0, 6);

  @BeforeEach
  void signInAsANewOwner() {
    SignIn.as(userDetails, newOwner(users));
  }

  private static String spoiled(ShopDraft draft, String field, String control) {
    String value =
        switch (field) {
          case "name" -> draft.name();
          case "slug" -> draft.slug();
          case "street" -> draft.street();
          case "city" -> draft.city();
          case "region" -> draft.region();
          case "postalCode" -> draft.postalCode();
          case "phone" -> draft.phone();
          case "timeZone" -> draft.timeZone();
          default -> draft.description();
        };
    return value + control;
  }

  private long shopsTagged() {
    return jdbc.queryForObject(
        "select count(*) from shops where slug like ?", Long.class, tag + "%");
  }

  @Test
  void controlCharactersAnywhereInANewShopAreRefusedNextToTheirFieldAndSaveNothing() {
    ShopDraft draft = montreal(uniqueSlug(tag));
    for (String control : ControlCharacters.ALL) {
      for (String field : FIELDS) {
        assertRefusedAt(
            () -> shops.submit(with(draft, field, spoiled(draft, field, control))), field, MESSAGE);
      }
      assertThat(shops.slugProblem(draft.slug() + control, null).text()).contains(MESSAGE);
    }
    assertThat(shopsTagged()).isZero();

    // A description may have several lines.
    UUID shop = shops.submit(with(draft, "description", "We fix things.\r\n\tAll week."));
    assertThat(shops.ownShop(shop).description()).isEqualTo("We fix things.\r\n\tAll week.");
  }

  @Test
  void controlCharactersInAShopsEditsAreRefusedAndTheShopStaysAsItWas() {
    ShopDraft draft = montreal(uniqueSlug(tag));
    UUID shop = shops.submit(draft);
    for (String control : ControlCharacters.ALL) {
      for (String field : FIELDS) {
        assertRefusedAt(
            () -> shops.update(shop, with(draft, field, spoiled(draft, field, control))),
            field,
            MESSAGE);
      }
    }
    assertThat(
            jdbc.queryForObject(
                "select name || '|' || slug || '|' || description from shops where id = ?",
                String.class,
                shop))
        .isEqualTo(draft.name() + "|" + draft.slug() + "|" + draft.description());
    assertThat(
            jdbc.queryForObject(
                "select count(*) from shop_slug_redirects where shop_id = ?", Long.class, shop))
        .isZero();
  }

  @Test
  void controlCharactersInTheServiceMenuAreRefusedNextToTheirField() {
    UUID shop = shops.submit(montreal(uniqueSlug(tag)));
    for (String control : ControlCharacters.ALL) {
      assertRefusedAt(() -> menu.save(shop, offering("Brakes" + control, "")), "name", MESSAGE);
      assertRefusedAt(
          () -> menu.save(shop, offering("Brakes", "Pads" + control)), "description", MESSAGE);
    }
    assertThat(
            jdbc.queryForObject(
                "select count(*) from offerings where shop_id = ?", Long.class, shop))
        .isZero();
    menu.save(shop, offering("Brakes", "Pads\nand rotors"));
    assertThat(menu.forOwner(shop))
        .extracting(Offering::description)
        .containsExactly("Pads\nand rotors");
  }

  @Test
  void aDeactivationReasonWithAControlCharacterIsRefusedAndTheShopStays() {
    UUID shop = shops.submit(montreal(uniqueSlug(tag)));
    SignIn.as(userDetails, DemoAccounts.ADMIN.email());
    for (String control : ControlCharacters.ALL) {
      assertRefusedAt(
          () -> admin.deactivate(shop, "Repeated" + control + " no-shows"), "reason", MESSAGE);
    }
    assertThat(jdbc.queryForObject("select status from shops where id = ?", String.class, shop))
        .isEqualTo("PENDING_APPROVAL");
  }

  private static Offering offering(String name, String description) {
    return new Offering(
        null,
        name,
        description,
        OfferingCategory.BRAKES,
        60,
        Money.of(new BigDecimal("99"), "CAD"),
        OfferingMode.IN_SHOP,
        true);
  }
}
