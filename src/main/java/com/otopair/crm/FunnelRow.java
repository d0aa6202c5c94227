package com.otopair.crm;

import org.jspecify.annotations.Nullable;

/**
 * One step of the funnel: how many customers reached it, and the share of those who reached the
 * step before ({@code null} for the first step, or when nobody reached the one before).
 */
public record FunnelRow(FunnelStep step, long customers, @Nullable Double rate) {}
