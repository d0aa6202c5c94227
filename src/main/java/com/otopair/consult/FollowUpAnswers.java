package com.otopair.consult;

import com.otopair.base.ConflictException;
import com.otopair.base.CurrentUser;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.NotFoundException;
import com.otopair.base.PlainText;
import com.otopair.base.Roles;
import com.otopair.base.SignedInUser;
import com.otopair.consult.domain.FollowUpQuestion;
import com.otopair.consult.domain.FollowUpQuestionRepository;
import com.otopair.shops.ShopDetails;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopService;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Quick questions as mechanics see them: those they may answer now (their own sessions' at once,
 * their shops' once the 24 hours of the asked mechanic are over) and the answer, of which exactly
 * one is kept (decided by PostgreSQL).
 */
@Service
@Transactional
@PreAuthorize("hasRole('" + Roles.MECHANIC + "')")
public class FollowUpAnswers {

  public static final int MAX_ANSWER = 4000;

  /**
   * A question the mechanic may answer, with the session it is about; {@code yoursAlone} while it
   * is still reserved for them (until {@code reservedUntil}).
   */
  public record OpenQuestion(
      FollowUps.Question question,
      SessionSummary session,
      boolean yoursAlone,
      Instant reservedUntil) {}

  private final FollowUpQuestionRepository questions;
  private final SessionAccess access;
  private final ShopService shops;
  private final ShopMembership membership;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  FollowUpAnswers(
      FollowUpQuestionRepository questions,
      SessionAccess access,
      ShopService shops,
      ShopMembership membership,
      ApplicationEventPublisher events,
      Clock clock) {
    this.questions = questions;
    this.access = access;
    this.shops = shops;
    this.membership = membership;
    this.events = events;
    this.clock = clock;
  }

  /** The unanswered questions the mechanic may answer now, oldest first. */
  @Transactional(readOnly = true)
  public List<OpenQuestion> inbox() {
    UUID me = CurrentUser.require().id();
    Instant now = clock.instant();
    List<UUID> shopIds = shops.myShops().stream().map(ShopDetails::id).toList();
    return questions
        .answerableBy(me, shopIds.isEmpty() ? List.of(new UUID(0, 0)) : shopIds, now)
        .stream()
        .map(
            q ->
                new OpenQuestion(
                    FollowUps.question(q),
                    access.summary(access.found(q.getParentSessionId())),
                    q.getReservedUntil().isAfter(now),
                    q.getReservedUntil()))
        .toList();
  }

  /**
   * The mechanic answers a quick question: the asked mechanic during its first 24 hours, any
   * mechanic of the shop after. Of two answers at once exactly one is kept; the other is told.
   */
  public void answer(UUID questionId, String text) {
    SignedInUser me = CurrentUser.require();
    FollowUpQuestion question =
        questions
            .findById(questionId)
            .filter(
                q ->
                    q.getMechanicId().equals(me.id())
                        || membership.isMember(q.getShopId(), me.id()))
            .orElseThrow(() -> new NotFoundException("consult.follow-up.question.not-found"));
    String answer = text.strip();
    if (answer.isEmpty()) {
      throw new InvalidRequestException("answer", "consult.follow-up.answer.required");
    }
    if (answer.length() > MAX_ANSWER) {
      throw new InvalidRequestException(
          "answer", "consult.follow-up.answer.too-long", String.valueOf(MAX_ANSWER));
    }
    PlainText.requireLines("answer", answer);
    Instant now = clock.instant();
    if (questions.answer(questionId, me.id(), me.displayName(), answer, now) == 0) {
      throw new ConflictException(
          !question.getMechanicId().equals(me.id()) && question.getReservedUntil().isAfter(now)
              ? "consult.follow-up.answer.reserved"
              : "consult.follow-up.answer.taken");
    }
    events.publishEvent(
        new FollowUpAnswered(
            questionId,
            question.getParentSessionId(),
            question.getCustomerId(),
            me.displayName(),
            now));
    events.publishEvent(
        new SessionChanged(
            question.getParentSessionId(), question.getShopId(), question.getCustomerId()));
  }
}
