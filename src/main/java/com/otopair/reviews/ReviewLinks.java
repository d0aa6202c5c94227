package com.otopair.reviews;

import com.otopair.base.LinkSigner;
import com.otopair.base.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A customer reviewing a visit from the signed link of the review-request mail, without signing in:
 * open the visit and its review, post it, edit it within 30 days. Nobody can forge a link to
 * someone else's visit, and a link of another purpose (a manage link) does not work here.
 */
@Service
@Transactional
// The link is the credential: its signature is checked on every call, and nobody signs in.
@PreAuthorize("permitAll()")
public class ReviewLinks {

  private static final String PURPOSE = "review";

  private final LinkSigner signer;
  private final Visits visits;
  private final ReviewWriting writing;

  ReviewLinks(LinkSigner signer, Visits visits, ReviewWriting writing) {
    this.signer = signer;
    this.visits = visits;
    this.writing = writing;
  }

  /** "review/booking/{id}?token=…": the visit's review page, relative to the public address. */
  public String path(Visit visit) {
    return "review/" + visit.kind().segment() + "/" + visit.id() + "?token=" + token(visit);
  }

  /** The token of the visit's signed review link. */
  public String token(Visit visit) {
    return signer.token(PURPOSE, visit.id());
  }

  /** The visit a signed review link points at, and its review when there is one. */
  @Transactional(readOnly = true)
  public VisitReview open(Visit visit, String token) {
    return writing.show(linked(visit, token));
  }

  /** Posts the visit's review from its signed link. */
  public OwnReview post(Visit visit, String token, ReviewDraft draft) {
    return writing.post(linked(visit, token), draft);
  }

  /** Changes the visit's review from its signed link, within 30 days of posting it. */
  public OwnReview edit(Visit visit, String token, ReviewDraft draft) {
    return writing.edit(linked(visit, token), draft);
  }

  private Visits.Facts linked(Visit visit, String token) {
    if (!signer.valid(PURPOSE, visit.id(), token)) {
      throw new NotFoundException("reviews.link.broken");
    }
    return visits.of(visit);
  }
}
