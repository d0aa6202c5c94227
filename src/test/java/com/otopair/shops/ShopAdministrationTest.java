package com.otopair.shops;

import static com.otopair.shops.ShopFixtures.montreal;
import static com.otopair.shops.ShopFixtures.newOwner;
import static com.otopair.shops.ShopFixtures.uniqueSlug;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.otopair.audit.AuditLog;
import com.otopair.base.InvalidRequestException;
import com.otopair.demo.DemoAccounts;
import com.otopair.identity.UserProvisioning;
import com.otopair.support.AuditTrail;
import com.otopair.support.IntegrationTest;
import com.otopair.support.SignIn;
import com.otopair.support.TestMail;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

class ShopAdministrationTest extends IntegrationTest {

  @Autowired ShopService shops;
  @Autowired ShopAdministration admin;
  @Autowired UserProvisioning users;
  @Autowired UserDetailsService userDetails;
  @Autowired AuditLog audit;

  private String owner;
  private String slug;

  private UUID pendingShop() {
    owner = newOwner(users);
    slug = uniqueSlug("admin");
    SignIn.as(userDetails, owner);
    UUID id = shops.submit(montreal(slug));
    SignIn.as(userDetails, DemoAccounts.ADMIN.email());
    return id;
  }

  private String awaitMail(String subjectPart) {
    return Awaitility.await()
        .atMost(Duration.ofSeconds(15))
        .until(
            () ->
                TestMail.receivedBy(owner).stream()
                    .filter(m -> TestMail.subject(m).contains(subjectPart))
                    .map(TestMail::text)
                    .findFirst(),
            Optional::isPresent)
        .orElseThrow();
  }

  @Test
  void approvalPutsTheShopLiveEmailsTheOwnerAndIsAudited() throws Exception {
    UUID id = pendingShop();
    admin.approve(id);

    assertThat(shops.publicPage(slug)).isInstanceOf(ShopService.PublicPage.Found.class);
    assertThat(awaitMail("is live on Otopair")).contains("http://otopair.test/shops/" + slug);
    assertThat(AuditTrail.await(audit, "shop " + slug, "SHOP_APPROVED").getFirst().actor())
        .isEqualTo(DemoAccounts.ADMIN.email());
  }

  @Test
  void deactivationNeedsAReasonHidesTheShopAndEmailsTheReason() throws Exception {
    UUID id = pendingShop();
    admin.approve(id);
    assertThatThrownBy(() -> admin.deactivate(id, "  "))
        .isInstanceOfSatisfying(
            InvalidRequestException.class, r -> assertThat(r.field()).isEqualTo("reason"));
    assertThat(shops.publicPage(slug)).isInstanceOf(ShopService.PublicPage.Found.class);

    admin.deactivate(id, "Customers reported repeated no-shows.");
    assertThat(shops.publicPage(slug)).isInstanceOf(ShopService.PublicPage.NotFound.class);
    assertThat(awaitMail("was deactivated"))
        .contains("Reason: Customers reported repeated no-shows.");
    assertThat(AuditTrail.await(audit, "shop " + slug, "SHOP_DEACTIVATED").getFirst().details())
        .contains("repeated no-shows");

    admin.reactivate(id);
    assertThat(shops.publicPage(slug)).isInstanceOf(ShopService.PublicPage.Found.class);
  }

  @Test
  void onlyDeactivatedShopsCanBeReactivated() {
    UUID id = pendingShop();
    assertThatThrownBy(() -> admin.reactivate(id)).isInstanceOf(InvalidRequestException.class);
  }

  @Test
  void searchFindsShopsByNameSlugOrCityAndFiltersByStatusAndCity() {
    UUID id = pendingShop();
    var byText =
        admin.search(new ShopFilter(slug.toUpperCase(), null, null), PageRequest.of(0, 20));
    assertThat(byText.getContent()).extracting(ShopSummary::id).containsExactly(id);
    assertThat(byText.getContent().getFirst().ownerEmail()).isEqualTo(owner);

    var pendingInMontreal =
        admin.search(
            new ShopFilter(slug, ShopStatus.PENDING_APPROVAL, "montréal"), PageRequest.of(0, 20));
    assertThat(pendingInMontreal.getContent()).extracting(ShopSummary::id).containsExactly(id);
    assertThat(admin.count(new ShopFilter(slug, ShopStatus.ACTIVE, null))).isZero();

    admin.approve(id);
    assertThat(
            admin
                .search(new ShopFilter(slug, ShopStatus.ACTIVE, "Montréal"), PageRequest.of(0, 20))
                .getContent())
        .extracting(ShopSummary::id)
        .containsExactly(id);
    assertThat(admin.count(new ShopFilter(slug, ShopStatus.PENDING_APPROVAL, null))).isZero();
    assertThat(admin.count(new ShopFilter(slug, ShopStatus.ACTIVE, "Austin"))).isZero();
  }

  @Test
  void onlyAdminsDecide() {
    UUID id = pendingShop();
    SignIn.as(userDetails, owner);
    assertThatThrownBy(() -> admin.approve(id)).isInstanceOf(AuthorizationDeniedException.class);
    assertThat(shops.myShops().getFirst().status()).isEqualTo(ShopStatus.PENDING_APPROVAL);
  }
}
