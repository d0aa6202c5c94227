package com.otopair.reviews;

import com.otopair.base.CurrentUser;
import com.otopair.base.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in customer's reviews of their own visits: open one, post it once it is done, edit it
 * within 30 days. Anyone else's visit is not found.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class Reviews {

  private final Visits visits;
  private final ReviewWriting writing;
  private final ReviewLinks links;

  Reviews(Visits visits, ReviewWriting writing, ReviewLinks links) {
    this.visits = visits;
    this.writing = writing;
    this.links = links;
  }

  @Transactional(readOnly = true)
  public VisitReview open(Visit visit) {
    return writing.show(mine(visit));
  }

  public OwnReview post(Visit visit, ReviewDraft draft) {
    return writing.post(mine(visit), draft);
  }

  public OwnReview edit(Visit visit, ReviewDraft draft) {
    return writing.edit(mine(visit), draft);
  }

  /** The signed review page of one of the customer's own visits (what its mail links to). */
  @Transactional(readOnly = true)
  public String link(Visit visit) {
    mine(visit);
    return links.path(visit);
  }

  private Visits.Facts mine(Visit visit) {
    Visits.Facts facts = visits.of(visit);
    if (!facts.customerId().equals(CurrentUser.require().id())) {
      throw new NotFoundException("reviews.visit.not-found");
    }
    return facts;
  }
}
