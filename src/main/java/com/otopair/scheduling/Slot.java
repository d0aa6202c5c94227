package com.otopair.scheduling;

import com.otopair.base.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A bookable slot: the mechanic is free from {@code start} to {@code end} at {@code price}. */
public record Slot(
    Instant start, Instant end, UUID mechanicId, Money price, BigDecimal multiplier) {}
