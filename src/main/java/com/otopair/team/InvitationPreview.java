package com.otopair.team;

/**
 * What an invitation link shows before anyone acts: the shop, the invited address, and whether an
 * account with that address exists (so the page offers sign-in or registration).
 */
public record InvitationPreview(String shopName, String email, boolean accountExists) {}
