package com.otopair.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.base.ui.Badge.Tone;
import org.junit.jupiter.api.Test;

/** Every status badge wears Lumo's badge theme in the colour of its tone, and only that one. */
class BadgeTest {

  @Test
  void aBadgeWearsLumosBadgeThemeInItsTone() {
    assertThat(new Badge("Paid", Tone.SUCCESS).getElement().getThemeList())
        .containsExactlyInAnyOrder("badge", "success");
    assertThat(new Badge("Requested", Tone.NEUTRAL).getElement().getThemeList())
        .containsExactly("badge");
    assertThat(new Badge("In progress", Tone.NEUTRAL).filled().getElement().getThemeList())
        .containsExactlyInAnyOrder("badge", "primary");
  }

  @Test
  void aBadgeThatSaysANewStatusLosesTheOldColour() {
    var badge = new Badge("Authorized", Tone.WARNING).filled();

    badge.show("Enabled", Tone.SUCCESS);

    assertThat(badge.getText()).isEqualTo("Enabled");
    assertThat(badge.getElement().getThemeList()).containsExactlyInAnyOrder("badge", "success");
  }
}
