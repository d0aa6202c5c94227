--liquibase formatted sql

--changeset otopair:0059-tile-indexes
-- The four dashboard tiles that read more than their range at a million bookings.
-- A booking lasts its service's duration, at most 720 minutes (offerings_duration_range): said in
-- the database, so the owner's utilisation tile can bound the appointments overlapping a week on
-- both sides of (shop_id, starts_at) (OwnerBoard.LONGEST_BOOKING: a booking ending after the week's
-- start began less than 12 hours before it). Adding the check fails if a booking is longer.
alter table bookings add constraint bookings_length_bounded
    check (ends_at <= starts_at + interval '12 hours');
-- Late cancellations by the time they were made, for the no-show and late-cancellation rates
-- (OwnerBoard.missed reads the kept bookings by start and the cancelled ones by this index).
create index bookings_shop_id_cancelled_at_idx on bookings (shop_id, cancelled_at)
    include (confirmed_at, cancelled_late, cancelled_by)
    where status = 'CANCELLED';
-- A mechanic's jobs of one day at one shop (JobRepository.ofMechanicBetween): by their time, the
-- scheduled one or, for a job without one, when it was opened.
create index jobs_mechanic_id_shop_id_day_idx on jobs
    (mechanic_id, shop_id, (coalesce(scheduled_at, created_at)));
-- Payments that failed, by their last change (PaymentTrends.failuresWithin): few among many.
create index payments_updated_at_failed_idx on payments (updated_at) include (failure)
    where failure is not null;
