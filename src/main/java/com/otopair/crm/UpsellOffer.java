package com.otopair.crm;

import java.util.UUID;

/** A recommendation as shown to the customer: the offer's id (clicks and "Not now" name it). */
public record UpsellOffer(UUID id, Upsell upsell, UpsellState state) {}
