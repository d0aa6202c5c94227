package com.otopair.team.ui;

import com.otopair.base.Formats;
import com.otopair.base.Reputation;
import com.otopair.base.ui.RatingLine;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Duration;
import java.util.Optional;

/**
 * What a mechanic's customers found, under their name on the public page: their rating and how many
 * reviews (once someone reviewed them), and how fast they usually answer live help (once they
 * claimed enough sessions to say). Nothing at all for a mechanic with neither.
 */
class MechanicReputation extends Div {

  MechanicReputation(Reputation.Rating rating, Optional<Duration> responseTime) {
    setId("mechanic-reputation");
    addClassName("otopair-mechanic-reputation");
    RatingLine.of(rating).ifPresent(this::add);
    responseTime.ifPresent(
        typical -> {
          long minutes = Math.round(typical.toSeconds() / 60.0);
          var answers =
              new Paragraph(
                  minutes < 1
                      ? getTranslation("team.public.response.under-a-minute")
                      : getTranslation(
                          "team.public.response", Formats.current().duration((int) minutes)));
          answers.setId("mechanic-response-time");
          add(answers);
        });
    setVisible(getComponentCount() > 0);
  }
}
