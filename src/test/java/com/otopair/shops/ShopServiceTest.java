package com.otopair.shops;

import static com.otopair.shops.ShopFixtures.montreal;
import static com.otopair.shops.ShopFixtures.newOwner;
import static com.otopair.shops.ShopFixtures.uniqueSlug;
import static com.otopair.shops.ShopFixtures.with;
import static com.otopair.support.Refusals.assertRefusedAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.otopair.base.FileStore;
import com.otopair.base.I18n;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.Roles;
import com.otopair.demo.DemoAccounts;
import com.otopair.identity.AccountService;
import com.otopair.identity.SignUp;
import com.otopair.identity.UserProvisioning;
import com.otopair.support.IntegrationTest;
import com.otopair.support.SignIn;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

class ShopServiceTest extends IntegrationTest {

  @Autowired ShopService shops;
  @Autowired ShopAdministration admin;
  @Autowired UserProvisioning users;
  @Autowired AccountService accounts;
  @Autowired UserDetailsService userDetails;
  @Autowired FileStore files;

  private UUID submitAsNewOwner(String slug) {
    SignIn.as(userDetails, newOwner(users));
    return shops.submit(montreal(slug));
  }

  @Test
  void aSubmittedShopAwaitsApprovalWithItsOwnerAsOwnerAndStaysHidden() {
    String slug = uniqueSlug("plateau");
    UUID id = submitAsNewOwner(slug);

    ShopDetails mine = shops.myShops().getFirst();
    assertThat(mine.id()).isEqualTo(id);
    assertThat(mine.status()).isEqualTo(ShopStatus.PENDING_APPROVAL);
    assertThat(mine.members()).extracting(ShopDetails.Member::role).containsExactly("OWNER");
    assertThat(mine.postalCode()).isEqualTo("H2T 1S6");
    assertThat(mine.phone()).isEqualTo("+15145550100");
    assertThat(mine.latitude()).isEqualTo(45.5088);
    assertThat(shops.publicPage(slug)).isInstanceOf(ShopService.PublicPage.NotFound.class);
  }

  @Test
  void anUnverifiedOwnerMustConfirmTheirEmailFirst() {
    String email = "unverified-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    accounts.signUp(
        new SignUp("Una Verified", email, "a long enough passphrase", Roles.SHOP_OWNER));
    SignIn.as(userDetails, email);
    assertThatThrownBy(() -> shops.submit(montreal(uniqueSlug("unverified"))))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("Confirm your email");
  }

  @Test
  void customersCannotListShops() {
    SignIn.as(userDetails, DemoAccounts.CUSTOMER.email());
    assertThatThrownBy(() -> shops.submit(montreal(uniqueSlug("customer"))))
        .isInstanceOf(AuthorizationDeniedException.class);
  }

  @Test
  void takenReservedAndMalformedSlugsAreRefusedNextToTheSlug() {
    String taken = uniqueSlug("taken");
    submitAsNewOwner(taken);
    SignIn.as(userDetails, newOwner(users));
    assertRefusedAt(() -> shops.submit(montreal(taken)), "slug", "Another shop uses this address");
    assertRefusedAt(() -> shops.submit(montreal("admin")), "slug", "reserved");
    assertRefusedAt(() -> shops.submit(montreal("Bad_Slug")), "slug", "lowercase letters");
    assertRefusedAt(() -> shops.submit(montreal("ab")), "slug", "3 to 40");
    assertThat(shops.slugProblem(taken, null).text()).contains("Another shop");
    assertThat(shops.slugProblem(uniqueSlug("free"), null)).isNull();
  }

  @Test
  void postalCodesAndPhonesAreCheckedForTheCountry() {
    SignIn.as(userDetails, newOwner(users));
    ShopDraft draft = montreal(uniqueSlug("checks"));
    assertRefusedAt(
        () -> shops.submit(with(draft, "postalCode", "12345")), "postalCode", "H2T 1S6");
    assertRefusedAt(
        () -> shops.submit(with(with(draft, "country", "US"), "postalCode", "H2T 1S6")),
        "postalCode",
        "78701");
    assertRefusedAt(() -> shops.submit(with(draft, "phone", "555")), "phone", "phone number");
    assertRefusedAt(() -> shops.submit(with(draft, "city", "Nowhereville")), "city", "latitude");
    assertThat(shops.myShops()).isEmpty();
  }

  @Test
  void aChangedSlugKeepsRedirectingAndCannotBeTakenByAnotherShop() {
    String old = uniqueSlug("old");
    UUID id = submitAsNewOwner(old);
    String fresh = uniqueSlug("new");
    shops.update(id, montreal(fresh));
    String owner = SecurityContextHolder.getContext().getAuthentication().getName();

    SignIn.as(userDetails, DemoAccounts.ADMIN.email());
    admin.approve(id);

    assertThat(shops.publicPage(old)).isEqualTo(new ShopService.PublicPage.Moved(fresh));
    assertThat(shops.publicPage(fresh)).isInstanceOf(ShopService.PublicPage.Found.class);
    SignIn.as(userDetails, newOwner(users));
    assertRefusedAt(() -> shops.submit(montreal(old)), "slug", "Another shop");
    SignIn.as(userDetails, owner);
    shops.update(id, montreal(old));
    assertThat(shops.publicPage(old)).isInstanceOf(ShopService.PublicPage.Found.class);
  }

  @Test
  void refusalsReadInTheReadersLanguageWithTheirEnglishUnchanged() {
    UUID theirs = submitAsNewOwner(uniqueSlug("theirs-fr"));
    SignIn.as(userDetails, newOwner(users));
    assertThatThrownBy(() -> shops.ownShop(theirs))
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            refused -> {
              assertThat(refused.getMessage()).isEqualTo("We couldn’t find that shop");
              assertThat(I18n.in(I18n.FRENCH, refused::getMessage))
                  .isEqualTo("Nous n’avons pas trouvé ce garage");
            });

    var lateTuesday =
        new ShopDraft(
            "Garage Mardi",
            uniqueSlug("mardi"),
            "1 Rue Test",
            "Montréal",
            "QC",
            "H2T 1S6",
            "CA",
            "(514) 555-0100",
            "America/Toronto",
            "",
            null,
            null,
            List.of(new OpeningHours(DayOfWeek.TUESDAY, LocalTime.of(17, 0), LocalTime.of(8, 0))));
    assertThatThrownBy(() -> I18n.in(I18n.FRENCH, () -> shops.submit(lateTuesday)))
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            refused -> {
              assertThat(refused.field()).isEqualTo("openingHours");
              assertThat(I18n.in(I18n.FRENCH, refused::getMessage))
                  .isEqualTo("Le mardi, la fermeture doit venir après l’ouverture");
            });
  }

  @Test
  void anOwnerReachesOnlyTheirOwnShops() {
    UUID theirs = submitAsNewOwner(uniqueSlug("theirs"));
    SignIn.as(userDetails, newOwner(users));
    assertThatThrownBy(() -> shops.ownShop(theirs)).isInstanceOf(InvalidRequestException.class);
    assertThatThrownBy(() -> shops.update(theirs, montreal(uniqueSlug("hijack"))))
        .isInstanceOf(InvalidRequestException.class);
    assertThatThrownBy(() -> shops.ownShop(UUID.randomUUID()))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("We couldn’t find that shop");
    assertThat(shops.myShops()).isEmpty();
  }

  @Test
  void anOwnerUploadsALogoThatIsStoredAndShownAndOthersCannot() {
    UUID id = submitAsNewOwner(uniqueSlug("logo"));
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3};
    String url = shops.setLogo(id, png);
    assertThat(url).startsWith("media/shop-logos/").endsWith(".png");
    assertThat(shops.ownShop(id).logoUrl()).isEqualTo(url);
    assertThat(files.get(url.substring("media/".length())).orElseThrow().content()).isEqualTo(png);

    assertThatThrownBy(() -> shops.setLogo(id, "GIF89a".getBytes()))
        .isInstanceOfSatisfying(
            InvalidRequestException.class, r -> assertThat(r.field()).isEqualTo("logo"));
    SignIn.as(userDetails, newOwner(users));
    assertThatThrownBy(() -> shops.setLogo(id, png)).isInstanceOf(InvalidRequestException.class);
  }
}
