package com.otopair.team;

import java.util.UUID;

/**
 * An invitation email must go out; the link carries the raw token and is not stored. It is written
 * in the language of the inviter ({@code inviterId}), as the invited address has no account yet.
 */
public record InvitationSent(
    String to, String shopName, String inviterName, String link, UUID inviterId) {}
