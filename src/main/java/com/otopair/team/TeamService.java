package com.otopair.team;

import com.otopair.base.CurrentUser;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.PublicLinks;
import com.otopair.base.RateLimits;
import com.otopair.base.RateLimits.Limit;
import com.otopair.base.Roles;
import com.otopair.base.SecretTokens;
import com.otopair.identity.AccountRules;
import com.otopair.identity.UserProvisioning;
import com.otopair.shops.ShopMembership;
import com.otopair.team.domain.Invitation;
import com.otopair.team.domain.InvitationRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A shop's team: owners invite mechanics by email (a single-use link valid 7 days), resend or
 * revoke; the invited person accepts or declines, or registers from the link. Sending is rate
 * limited (per owner, and per invitation for resends): checked before the transaction starts.
 */
@Service
@Transactional
public class TeamService {

  static final Duration VALIDITY = Duration.ofDays(7);

  private final InvitationRepository invitations;
  private final ShopMembership membership;
  private final UserProvisioning users;
  private final PublicLinks links;
  private final Clock clock;
  private final ApplicationEventPublisher events;
  private final RateLimits limits;
  private final TransactionTemplate transactions;

  TeamService(
      InvitationRepository invitations,
      ShopMembership membership,
      UserProvisioning users,
      PublicLinks links,
      Clock clock,
      ApplicationEventPublisher events,
      RateLimits limits,
      TransactionTemplate transactions) {
    this.invitations = invitations;
    this.membership = membership;
    this.users = users;
    this.links = links;
    this.clock = clock;
    this.events = events;
    this.limits = limits;
    this.transactions = transactions;
  }

  /**
   * Invites a mechanic; inviting the same address again renews the open invitation.
   *
   * @throws com.otopair.base.TooManyRequestsException at the email field, after too many
   *     invitations from this owner
   */
  @PreAuthorize("hasRole('" + Roles.SHOP_OWNER + "')")
  @Transactional(propagation = Propagation.NOT_SUPPORTED)
  public void invite(UUID shopId, String email) {
    membership.requireOwner(shopId);
    String problem = AccountRules.emailProblem(email);
    if (problem != null) {
      throw new InvalidRequestException("email", problem);
    }
    limits.check(Limit.INVITATION_OWNER, "email", CurrentUser.require().id());
    transactions.executeWithoutResult(status -> inviteNow(shopId, email));
  }

  private void inviteNow(UUID shopId, String email) {
    membership.requireOwner(shopId);
    String address = email.trim().toLowerCase(Locale.ROOT);
    users
        .findByEmail(address)
        .filter(user -> membership.isMember(shopId, user))
        .ifPresent(
            user -> {
              throw new InvalidRequestException("email", "team.invite.already-member", address);
            });
    Invitation invitation =
        invitations
            .findByShopIdAndEmailAndStatus(shopId, address, InvitationStatus.PENDING)
            .orElse(null);
    String token = SecretTokens.generate();
    Instant now = clock.instant();
    if (invitation == null) {
      invitation =
          new Invitation(
              shopId,
              address,
              SecretTokens.hash(token),
              CurrentUser.require().id(),
              now,
              now.plus(VALIDITY));
      invitations.save(invitation);
    } else {
      invitation.renew(SecretTokens.hash(token), now, now.plus(VALIDITY));
    }
    send(invitation, token);
  }

  /**
   * Sends a pending (or expired) invitation again with a new link valid 7 days.
   *
   * @throws com.otopair.base.TooManyRequestsException after too many resends of this invitation or
   *     invitations from this owner
   */
  @PreAuthorize("hasRole('" + Roles.SHOP_OWNER + "')")
  @Transactional(propagation = Propagation.NOT_SUPPORTED)
  public void resend(UUID invitationId) {
    transactions.executeWithoutResult(status -> owned(invitationId));
    limits.check(Limit.INVITATION_RESEND, null, invitationId);
    limits.check(Limit.INVITATION_OWNER, null, CurrentUser.require().id());
    transactions.executeWithoutResult(status -> resendNow(invitationId));
  }

  private void resendNow(UUID invitationId) {
    Invitation invitation = owned(invitationId);
    InvitationStatus status = invitation.statusAt(clock.instant());
    if (status != InvitationStatus.PENDING && status != InvitationStatus.EXPIRED) {
      throw new InvalidRequestException(
          switch (status) {
            case ACCEPTED -> "team.resend.accepted";
            case DECLINED -> "team.resend.declined";
            default -> "team.resend.revoked";
          });
    }
    String token = SecretTokens.generate();
    Instant now = clock.instant();
    invitation.renew(SecretTokens.hash(token), now, now.plus(VALIDITY));
    send(invitation, token);
  }

  /** Withdraws a pending invitation; its link stops working. */
  @PreAuthorize("hasRole('" + Roles.SHOP_OWNER + "')")
  public void revoke(UUID invitationId) {
    Invitation invitation = owned(invitationId);
    if (invitation.statusAt(clock.instant()) != InvitationStatus.PENDING) {
      throw new InvalidRequestException("team.revoke.not-pending");
    }
    invitation.respond(InvitationStatus.REVOKED, clock.instant());
  }

  @PreAuthorize("hasRole('" + Roles.SHOP_OWNER + "')")
  @Transactional(readOnly = true)
  public List<InvitationSummary> invitations(UUID shopId) {
    membership.requireOwner(shopId);
    Instant now = clock.instant();
    return invitations.findByShopIdOrderByCreatedAtDesc(shopId).stream()
        .map(
            i ->
                new InvitationSummary(
                    i.getId(), i.getEmail(), i.statusAt(now), i.getCreatedAt(), i.getExpiresAt()))
        .toList();
  }

  /** What an invitation link shows; refuses a revoked, expired, used or unknown link. */
  public InvitationPreview preview(@Nullable String token) {
    Invitation invitation = usable(token);
    return new InvitationPreview(
        membership.shopName(invitation.getShopId()),
        invitation.getEmail(),
        users.findByEmail(invitation.getEmail()).isPresent());
  }

  /**
   * The signed-in person joins the shop as a mechanic; the invitation must be for their address.
   *
   * @return the shop's id
   */
  @PreAuthorize("isAuthenticated()")
  public UUID accept(@Nullable String token) {
    Invitation invitation = usableForMe(token);
    UUID me = CurrentUser.require().id();
    membership.addMechanic(invitation.getShopId(), me);
    users.joinAsMechanic(me);
    invitation.respond(InvitationStatus.ACCEPTED, clock.instant());
    return invitation.getShopId();
  }

  @PreAuthorize("isAuthenticated()")
  public void decline(@Nullable String token) {
    usableForMe(token).respond(InvitationStatus.DECLINED, clock.instant());
  }

  /**
   * Someone new registers from the link: the link proves the address, so the account is verified
   * and joins the shop as a mechanic at once.
   */
  public UUID joinAsNewMechanic(@Nullable String token, String name, String password) {
    Invitation invitation = usable(token);
    if (users.findByEmail(invitation.getEmail()).isPresent()) {
      throw new InvalidRequestException(
          null, "team.invitation.account-exists", invitation.getEmail());
    }
    UUID user = users.createVerifiedUser(invitation.getEmail(), name, Roles.MECHANIC, password);
    membership.addMechanic(invitation.getShopId(), user);
    invitation.respond(InvitationStatus.ACCEPTED, clock.instant());
    return invitation.getShopId();
  }

  private Invitation usableForMe(@Nullable String token) {
    Invitation invitation = usable(token);
    if (!invitation.getEmail().equals(CurrentUser.require().email())) {
      throw new InvalidRequestException(
          "token", "team.invitation.other-address", invitation.getEmail());
    }
    return invitation;
  }

  private Invitation usable(@Nullable String token) {
    if (token == null || token.isBlank()) {
      throw new InvalidRequestException("token", "team.invitation.incomplete");
    }
    Invitation invitation =
        invitations
            .findByTokenHash(SecretTokens.hash(token))
            .orElseThrow(() -> new InvalidRequestException("token", "team.invitation.invalid"));
    return switch (invitation.statusAt(clock.instant())) {
      case PENDING -> invitation;
      case EXPIRED -> throw new InvalidRequestException("token", "team.invitation.expired");
      case REVOKED -> throw new InvalidRequestException("token", "team.invitation.withdrawn");
      case ACCEPTED, DECLINED ->
          throw new InvalidRequestException("token", "team.invitation.answered");
    };
  }

  private Invitation owned(UUID invitationId) {
    Invitation invitation =
        invitations
            .findById(invitationId)
            .orElseThrow(() -> new InvalidRequestException("team.invitation.gone"));
    membership.requireOwner(invitation.getShopId());
    return invitation;
  }

  private void send(Invitation invitation, String token) {
    events.publishEvent(
        new InvitationSent(
            invitation.getEmail(),
            membership.shopName(invitation.getShopId()),
            CurrentUser.require().displayName(),
            links.to("invitation", "token", token),
            CurrentUser.require().id()));
  }
}
