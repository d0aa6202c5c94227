package com.otopair.team.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.identity.UserProvisioning;
import com.otopair.scheduling.ScheduleFixtures;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.KaribuTest;
import com.otopair.team.Specialty;
import com.vaadin.flow.component.html.Div;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MechanicProfileViewTest extends KaribuTest {

  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;

  @Test
  void aMechanicEditsTheProfileThatTheShopPageAndProfilePageShow() {
    ScheduleFixtures shop = ScheduleFixtures.create(users, shops, membership, "America/Toronto");
    signInAs(shop.alexEmail());
    navigate("profile/mechanic");
    MechanicProfileView view = _get(MechanicProfileView.class);
    _setValue(view.specialties, Set.of(Specialty.DIESEL));
    _setValue(view.years, 21);
    _setValue(view.bio, "Diesel trucks since 2005.");
    _click(view.save);
    expectNotifications("Your profile is saved");

    navigate("shops/" + membership.ref(shop.shopId()).slug());
    assertThat(
            _find(
                    _get(Div.class, spec -> spec.withId("shop-mechanics")),
                    Div.class,
                    spec -> spec.withClasses("otopair-mechanic-text"))
                .stream()
                .map(
                    who ->
                        who.getChildren()
                            .map(part -> part.getElement().getTextRecursively())
                            .collect(Collectors.joining(" · ")))
                .toList())
        .contains("Alex Martin · Diesel · 21 years");

    signInAs(shop.alexEmail());
    navigate("profile/mechanic");
    String ownPage = _get(MechanicProfileView.class).getElement().getTextRecursively();
    assertThat(ownPage).contains("See your public profile");
  }
}
