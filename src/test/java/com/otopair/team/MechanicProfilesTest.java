package com.otopair.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.otopair.base.InvalidRequestException;
import com.otopair.base.Roles;
import com.otopair.identity.UserProvisioning;
import com.otopair.scheduling.ScheduleFixtures;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.IntegrationTest;
import com.otopair.support.SignIn;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

class MechanicProfilesTest extends IntegrationTest {

  @Autowired MechanicProfiles profiles;
  @Autowired UserProvisioning users;
  @Autowired UserDetailsService userDetails;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;

  private ScheduleFixtures shop;

  @BeforeEach
  void aShopOfItsOwn() {
    shop = ScheduleFixtures.create(users, shops, membership, "America/Toronto");
  }

  @Test
  void aMechanicSavesTheirProfileAndItShowsPubliclyWhileTheyWorkAtALiveShop() {
    SignIn.as(userDetails, shop.alexEmail());
    profiles.save(
        "Brakes are my thing.",
        12,
        20,
        EnumSet.of(Specialty.BRAKES, Specialty.TYRES),
        "Subaru, vintage Porsche");

    MechanicProfile mine = profiles.mine();
    assertThat(mine.tags()).containsExactly("Subaru", "vintage Porsche");
    MechanicProfile published = profiles.publicProfile(mine.userId()).orElseThrow();
    assertThat(published.bio()).isEqualTo("Brakes are my thing.");
    assertThat(published.shops()).containsExactly(membership.shopName(shop.shopId()));
    assertThat(profiles.headlines(Set.of(mine.userId())).get(mine.userId()))
        .contains("Brakes")
        .endsWith("12 years");
  }

  @Test
  void badProfilesAreRefusedNextToTheField() {
    SignIn.as(userDetails, shop.alexEmail());
    assertThatThrownBy(() -> profiles.save("", 90, 30, Set.of(), ""))
        .isInstanceOfSatisfying(
            InvalidRequestException.class, r -> assertThat(r.field()).isEqualTo("years"));
    assertThatThrownBy(() -> profiles.save("", 5, 1, Set.of(), ""))
        .isInstanceOfSatisfying(
            InvalidRequestException.class, r -> assertThat(r.field()).isEqualTo("sla"));
    assertThatThrownBy(() -> profiles.save("", 5, 30, Set.of(), "a,b,c,d,e,f,g,h,i,j,k"))
        .isInstanceOfSatisfying(
            InvalidRequestException.class, r -> assertThat(r.field()).isEqualTo("tags"));
  }

  @Test
  void mechanicsWithoutALiveShopHaveNoPublicProfileAndOthersCannotEditOne() {
    String email = "loner-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    UUID loner =
        users.createVerifiedUser(
            email, "Lone Mechanic", Roles.MECHANIC, "a long enough passphrase");
    assertThat(profiles.publicProfile(loner)).isEmpty();

    String customer = "customer-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    users.createVerifiedUser(customer, "Cleo Customer", Roles.CUSTOMER, "a long enough passphrase");
    SignIn.as(userDetails, customer);
    assertThatThrownBy(() -> profiles.save("", 1, 30, Set.of(), ""))
        .isInstanceOf(AuthorizationDeniedException.class);
  }
}
