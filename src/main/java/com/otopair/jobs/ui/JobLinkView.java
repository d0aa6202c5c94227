package com.otopair.jobs.ui;

import com.otopair.base.InvalidRequestException;
import com.otopair.base.LiveUpdates;
import com.otopair.base.ui.Brand;
import com.otopair.jobs.JobDetails;
import com.otopair.jobs.JobLinks;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;
import java.util.UUID;

/**
 * A walk-in or phone job opened from the signed link in its email: the customer follows it and
 * decides on the estimate without signing in.
 */
@Route(value = "job/:jobId", autoLayout = false)
@AnonymousAllowed
class JobLinkView extends Main implements BeforeEnterObserver, HasDynamicTitle {

  private final JobLinks links;
  private final LiveUpdates live;

  JobLinkView(JobLinks links, LiveUpdates live) {
    this.links = links;
    this.live = live;
    addClassNames("otopair-public-shop", "otopair-book");
  }

  /** The browser tab's title in the page's language (outside the main layout, which says it). */
  @Override
  public String getPageTitle() {
    return getTranslation("jobs.link.title");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    removeAll();
    var header = Brand.header();
    add(header);
    String token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
    try {
      UUID id = UUID.fromString(event.getRouteParameters().get("jobId").orElse(""));
      JobDetails job = links.forJobLink(id, token);
      var title =
          new H2(getTranslation("jobs.link.heading", job.job().title(), job.job().shopName()));
      title.addClassName("otopair-page-title");
      add(
          title,
          new CustomerJobCard(
              live,
              job,
              () -> Optional.of(links.forJobLink(id, token)),
              (line, approve) -> links.decideWithJobLink(id, token, line, approve)));
    } catch (IllegalArgumentException | InvalidRequestException broken) {
      var card =
          new Div(
              new H2(getTranslation("jobs.link.broken.heading")),
              new Paragraph(getTranslation("jobs.link.broken.text")));
      card.addClassName("otopair-card");
      card.setId("job-link-broken");
      add(card);
    }
  }
}
