package com.otopair.consult.ui;

import com.otopair.base.Formats;
import com.otopair.consult.SessionSummary;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;

/** What the customer said when asking: the vehicle, the problem, the photos, and the plan. */
class IntakeCard extends Div {

  IntakeCard(SessionSummary session) {
    addClassName("otopair-card");
    addClassName("otopair-intake-card");
    var vehicle = new H3(session.vehicle());
    var problem = new Paragraph(session.problem());
    problem.addClassName("otopair-preserve-lines");
    var plan =
        new Paragraph(
            session.free()
                ? getTranslation(
                    "consult.plan.free", Formats.current().duration(session.durationMinutes()))
                : getTranslation(
                    "consult.plan.paid",
                    Formats.current().duration(session.durationMinutes()),
                    Formats.current().money(session.price())));
    plan.addClassName("otopair-muted");
    plan.setId("session-plan");
    add(vehicle, problem);
    if (!session.photoUrls().isEmpty()) {
      var photos = new Div();
      photos.addClassName("otopair-job-thumbnails");
      int n = 1;
      for (String url : session.photoUrls()) {
        var link = new Anchor(url, new Image(url, getTranslation("consult.intake.photo-alt", n++)));
        link.setTarget(AnchorTarget.BLANK);
        photos.add(link);
      }
      add(photos);
    }
    add(plan);
  }
}
