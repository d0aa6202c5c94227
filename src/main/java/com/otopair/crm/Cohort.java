package com.otopair.crm;

import java.time.LocalDate;
import java.util.List;

/**
 * The customers whose first interaction fell in the week starting {@code week} (a Monday), and for
 * each following week that has begun (up to {@link CrmReports#COHORT_WEEKS}), the share of them
 * with any interaction in it: {@code returned.get(0)} is the week after theirs.
 */
public record Cohort(LocalDate week, long customers, List<Double> returned) {}
