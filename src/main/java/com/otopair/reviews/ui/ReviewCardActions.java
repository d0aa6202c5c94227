package com.otopair.reviews.ui;

import com.otopair.reviews.PublishedReview;
import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * What a published review's card offers below it, for whoever reads it (helpful, report, the
 * owner's reply): Spring beans of this module; none until they exist.
 */
public interface ReviewCardActions {

  Optional<Component> actionsFor(PublishedReview review);
}
