package com.otopair.identity;

import java.util.UUID;

/** How to address a user: for other modules' emails and member lists. */
public record UserContact(UUID id, String name, String email) {}
