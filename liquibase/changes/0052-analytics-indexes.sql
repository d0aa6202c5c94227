--liquibase formatted sql

--changeset otopair:0052-analytics-indexes
-- The analytics pages aggregate a range of days (up to two years) of one shop, or of the whole
-- marketplace in one currency. Each index leads with what the page filters on and carries what the
-- aggregate reads (include), so a range is one index-only scan instead of a heap visit per row.
-- Bookings by appointment start: one shop's, and the marketplace's per currency.
create index bookings_shop_id_starts_at_stats_idx on bookings (shop_id, starts_at)
    include (status, currency, price_minor, cancelled_late, offering_id)
    where status in ('CONFIRMED', 'COMPLETED', 'NO_SHOW', 'CANCELLED');
create index bookings_currency_starts_at_idx on bookings (currency, starts_at)
    include (status, shop_id, price_minor, cancelled_late, offering_id)
    where status in ('CONFIRMED', 'COMPLETED', 'NO_SHOW', 'CANCELLED');
-- Money taken (captured, or refunded since) by the day it was paid.
create index payments_shop_id_created_at_taken_idx on payments (shop_id, created_at)
    include (currency, captured_minor, extra_minor, refunded_minor)
    where status in ('CAPTURED', 'REFUNDED');
create index payments_currency_created_at_taken_idx on payments (currency, created_at)
    include (shop_id, captured_minor, extra_minor, refunded_minor)
    where status in ('CAPTURED', 'REFUNDED');
-- Jobs completed in a range (the history's completion), and each job's first start.
create index job_events_completed_at_idx on job_events (at) include (job_id)
    where to_status = 'COMPLETED';
create index job_events_job_id_started_idx on job_events (job_id, at)
    where to_status = 'IN_PROGRESS';
-- Live sessions a mechanic claimed in a range.
create index consult_sessions_mechanic_id_claimed_at_idx on consult_sessions (mechanic_id, claimed_at)
    include (queued_at, shop_id)
    where claimed_at is not null;
-- Reviews posted for a mechanic in a range.
create index reviews_mechanic_id_posted_at_idx on reviews (mechanic_id, posted_at)
    include (stars, shop_id)
    where hidden_at is null and mechanic_id is not null;
