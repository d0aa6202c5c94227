package com.otopair.crm;

import com.otopair.base.LiveUpdate;
import java.util.UUID;

/**
 * A customer's offers changed (clicked, dismissed, bought): their cards in every tab re-read them.
 */
public record UpsellsChanged(UUID customerId) implements LiveUpdate {}
