package com.otopair.team.ui;

import com.otopair.base.ui.Brand;
import com.otopair.base.ui.PageSection;
import com.otopair.base.ui.PageSection.Page;
import com.otopair.team.MechanicProfile;
import com.otopair.team.MechanicProfiles;
import com.otopair.team.Specialty;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;

/** A mechanic's public profile, for mechanics of live shops. */
@Route(value = "mechanics/:mechanicId", autoLayout = false)
@AnonymousAllowed
class PublicMechanicView extends Main implements BeforeEnterObserver, HasDynamicTitle {

  private final MechanicProfiles profiles;
  private final ObjectProvider<PageSection> sections;
  private String title = getTranslation("team.public.title.default");

  PublicMechanicView(MechanicProfiles profiles, ObjectProvider<PageSection> sections) {
    this.profiles = profiles;
    this.sections = sections;
    addClassName("otopair-public-shop");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    Optional<MechanicProfile> found;
    try {
      found =
          profiles.publicProfile(
              UUID.fromString(event.getRouteParameters().get("mechanicId").orElse("")));
    } catch (IllegalArgumentException notAnId) {
      found = Optional.empty();
    }
    if (found.isEmpty()) {
      event.rerouteToError(NotFoundException.class);
      return;
    }
    MechanicProfile profile = found.get();
    title = getTranslation("team.public.title", profile.name());
    removeAll();
    var header = Brand.header();
    var name = new H1(profile.name());
    name.setId("mechanic-name");
    var facts =
        new Paragraph(
            profile.yearsOfExperience() > 0
                ? getTranslation(
                    "team.public.facts.years",
                    profile.yearsOfExperience(),
                    profile.responseSlaMinutes(),
                    String.join(", ", profile.shops()))
                : getTranslation(
                    "team.public.facts.no-years",
                    profile.responseSlaMinutes(),
                    String.join(", ", profile.shops())));
    facts.addClassName("otopair-lead");
    var intro = new Div();
    if (profile.photoUrl() != null) {
      var photo = new Image(profile.photoUrl(), profile.name());
      photo.addClassName("otopair-mechanic-photo");
      intro.add(photo);
    }
    intro.add(name, facts);
    if (!profile.bio().isBlank()) {
      intro.add(new Paragraph(profile.bio()));
    }
    intro.addClassName("otopair-card");
    var strengths = new Div(new H2(getTranslation("team.public.specialties")));
    strengths.addClassName("otopair-card");
    String all =
        profile.specialties().stream()
            .map(Specialty::label)
            .sorted()
            .collect(Collectors.joining(", "));
    if (!profile.tags().isEmpty()) {
      all =
          all.isEmpty()
              ? String.join(", ", profile.tags())
              : all + ", " + String.join(", ", profile.tags());
    }
    strengths.add(new Span(all.isEmpty() ? getTranslation("team.public.no-specialties") : all));
    var body = new Div(intro, strengths);
    sections
        .orderedStream()
        .forEach(s -> s.sectionFor(Page.MECHANIC, profile.userId()).ifPresent(body::add));
    body.addClassName("otopair-public-shop-body");
    add(header, body);
  }

  @Override
  public String getPageTitle() {
    return title;
  }
}
