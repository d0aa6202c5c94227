package com.otopair.identity.ui;

import static com.github.mvysny.kaributesting.v10.HasValidationUtilsKt._expectInvalid;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.base.Roles;
import com.otopair.identity.UserProvisioning;
import com.otopair.scheduling.ScheduleFixtures;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.KaribuTest;
import com.otopair.support.PageTexts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class ProfileDataCardsTest extends KaribuTest {

  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired JdbcTemplate jdbc;

  private String customer() {
    String email = "mydata-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    users.createVerifiedUser(email, "Dana Data", Roles.CUSTOMER, "a long enough passphrase");
    openAs(email);
    navigate("profile");
    return email;
  }

  @Test
  void theDataCardOffersOneDownload() {
    customer();
    ProfileView view = _get(ProfileView.class);
    assertThat(view.myData.download.getHref()).isNotBlank();
    assertThat(view.myData.download.getText()).isEqualTo("Download my data");
    assertThat(PageTexts.textOf(view.myData)).contains("one JSON file");
  }

  @Test
  void aWrongEmailIsMarkedAtOnceAndNothingChanges() {
    String email = customer();
    ProfileView view = _get(ProfileView.class);
    _click(_get(Button.class, spec -> spec.withId("delete-account-open")));
    assertThat(view.deleteAccount.dialog.isOpened()).isTrue();
    assertThat(PageTexts.textOf(view.deleteAccount.dialog))
        .contains("cancelled", "invoices keep their amounts");

    _setValue(view.deleteAccount.email, "someone-else@example.test");
    _click(view.deleteAccount.confirm);

    _expectInvalid(
        view.deleteAccount.email, "Type your account’s email address exactly as it is to confirm.");
    assertThat(view.deleteAccount.dialog.isOpened()).isTrue();
    assertThat(
            jdbc.queryForObject(
                "select count(*) from users where email = ? and deleted_at is null",
                Integer.class,
                email))
        .isEqualTo(1);
  }

  @Test
  void theRightEmailDeletesTheAccount() {
    String email = customer();
    UUID id = users.findByEmail(email).orElseThrow();
    ProfileView view = _get(ProfileView.class);
    _click(_get(Button.class, spec -> spec.withId("delete-account-open")));
    _setValue(view.deleteAccount.email, email);
    _click(view.deleteAccount.confirm);

    assertThat(
            jdbc.queryForObject(
                "select display_name from users where id = ? and deleted_at is not null",
                String.class,
                id))
        .isEqualTo("Deleted customer");
  }

  @Test
  void aShopOwnerReadsWhyInsteadOfAButton() {
    var shop = ScheduleFixtures.create(users, shops, membership, "America/Toronto");
    openAs(shop.ownerEmail());
    navigate("profile");
    assertThat(_find(Button.class, spec -> spec.withId("delete-account-open"))).isEmpty();
    assertThat(_get(Paragraph.class, spec -> spec.withId("delete-account-refused")).getText())
        .contains("leave its team");
  }
}
