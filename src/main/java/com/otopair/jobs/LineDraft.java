package com.otopair.jobs;

import java.math.BigDecimal;

/** A new estimate line: hours or a quantity, and the hourly rate or unit price in minor units. */
public record LineDraft(
    LineKind kind, String description, BigDecimal quantity, long unitPriceMinor) {}
