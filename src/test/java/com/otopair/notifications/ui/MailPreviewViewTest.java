package com.otopair.notifications.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.demo.DemoAccounts;
import com.otopair.support.KaribuTest;
import org.junit.jupiter.api.Test;

/** Admins pick any mail template and see its subject, its HTML and its plain text. */
class MailPreviewViewTest extends KaribuTest {

  private MailPreviewView open() {
    signInAs(DemoAccounts.ADMIN.email());
    navigate("admin/mail-preview");
    return _get(MailPreviewView.class);
  }

  @Test
  void pickingATemplateShowsItsSubjectHtmlAndText() {
    MailPreviewView view = open();
    assertThat(view.template.getListDataView().getItems())
        .contains("booking-rescheduled", "job-completed", "review-request", "verify-email")
        .doesNotContain("layout", "button");

    _setValue(view.template, "booking-rescheduled");

    assertThat(view.subject.getText())
        .isEqualTo(
            "Subject: Moved: Oil change at Garage Plateau, Monday, March 9 at 9:00 AM (Eastern"
                + " Time)");
    String srcdoc = view.html.getSrcdoc().orElseThrow();
    assertThat(srcdoc)
        .contains("Garage Plateau")
        .contains("Your booking moved")
        .contains("Email preferences");
    assertThat(view.text.getText())
        .contains("Your booking moved: Oil change at Garage Plateau")
        .contains("Email preferences: http://otopair.test/preferences");
  }

  @Test
  void everyTemplateOfTheCatalogOpens() {
    MailPreviewView view = open();
    for (String name : view.template.getListDataView().getItems().toList()) {
      _setValue(view.template, name);
      assertThat(view.subject.getText()).as(name).startsWith("Subject: ").doesNotContain("null");
      assertThat(view.html.getSrcdoc()).as(name).isPresent();
      assertThat(view.text.getText()).as(name).contains("Email preferences");
    }
  }
}
