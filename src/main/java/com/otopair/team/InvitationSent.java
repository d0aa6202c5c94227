package com.otopair.team;

/** An invitation email must go out; the link carries the raw token and is not stored. */
public record InvitationSent(String to, String shopName, String inviterName, String link) {}
