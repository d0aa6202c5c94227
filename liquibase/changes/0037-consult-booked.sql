--liquibase formatted sql

--changeset otopair:0037-consult-booked
-- Booked live sessions. A remote service booked for a time through the slot picker is a booking
-- like any other (it takes the mechanic's time under the bookings' exclusion constraint) and a
-- SCHEDULED session that follows it: moved with the booking, cancelled with it, given to another
-- mechanic with it. Five minutes before its time both sides are told (starting_noticed_at stamps
-- that once); at its time it waits, for its booked mechanic only, under the shop's wait limit. It is
-- paid through its booking, so it never waits on a payment page.
alter table consult_sessions add column booking_id uuid references bookings (id) on delete set null;
alter table consult_sessions add column starts_at timestamptz;
alter table consult_sessions add column booked_mechanic_id uuid references users (id);
alter table consult_sessions add column booked_mechanic_name varchar(120);
alter table consult_sessions add column starting_noticed_at timestamptz;
-- One session per booking, however often the booking's confirmation is handled.
create unique index consult_sessions_booking_idx on consult_sessions (booking_id);
alter table consult_sessions drop constraint consult_sessions_status_known;
alter table consult_sessions add constraint consult_sessions_status_known
    check (status in ('SCHEDULED', 'PAYING', 'WAITING', 'ACTIVE', 'ENDED', 'EXPIRED', 'CANCELLED'));
alter table consult_sessions drop constraint consult_sessions_end_reason_known;
alter table consult_sessions add constraint consult_sessions_end_reason_known check (end_reason in
    ('TIME_UP', 'MECHANIC', 'CUSTOMER', 'ADMIN', 'NOBODY_CAME', 'LEFT_QUEUE', 'NOT_PAID',
     'BOOKING_CANCELLED'));
alter table consult_sessions drop constraint consult_sessions_waiting_has_no_mechanic;
alter table consult_sessions add constraint consult_sessions_waiting_has_no_mechanic
    check (status not in ('SCHEDULED', 'PAYING', 'WAITING')
        or (mechanic_id is null and claimed_at is null));
alter table consult_sessions drop constraint consult_sessions_finished_has_end;
alter table consult_sessions add constraint consult_sessions_finished_has_end
    check (status in ('SCHEDULED', 'PAYING', 'WAITING', 'ACTIVE')
        or (ended_at is not null and end_reason is not null));
alter table consult_sessions add constraint consult_sessions_scheduled_is_booked
    check (status <> 'SCHEDULED' or (booking_id is not null and starts_at is not null
        and booked_mechanic_id is not null and booked_mechanic_name is not null));
alter table consult_sessions add constraint consult_sessions_booked_has_time
    check ((booking_id is null) or (starts_at is not null));
-- A customer waits in one queue at a time; a booked session waiting for its mechanic is not a queue.
drop index consult_sessions_one_waiting_per_customer_idx;
create unique index consult_sessions_one_waiting_per_customer_idx
    on consult_sessions (customer_id) where status = 'WAITING' and starts_at is null;
-- The watch finds sessions about to start, and a mechanic's booked sessions.
create index consult_sessions_scheduled_idx on consult_sessions (starts_at) where status = 'SCHEDULED';
create index consult_sessions_booked_mechanic_idx
    on consult_sessions (booked_mechanic_id, starts_at) where status in ('SCHEDULED', 'WAITING');
