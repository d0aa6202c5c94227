--liquibase formatted sql

--changeset otopair:0034-consult-paying
-- With card payments, a session waits on Stripe's payment page (PAYING) before it enters its shop's
-- queue: it has no mechanic and is in no queue, so no wait limit runs and no mechanic hears of it.
-- It does not count as the customer's one waiting session: asking again gives up the customer's
-- unpaid session instead (its payment page is closed), and a page that expires unpaid expires the
-- session (NOT_PAID), so an abandoned payment never blocks anybody.
alter table consult_sessions drop constraint consult_sessions_status_known;
alter table consult_sessions add constraint consult_sessions_status_known
    check (status in ('PAYING', 'WAITING', 'ACTIVE', 'ENDED', 'EXPIRED', 'CANCELLED'));
alter table consult_sessions drop constraint consult_sessions_end_reason_known;
alter table consult_sessions add constraint consult_sessions_end_reason_known check (end_reason in
    ('TIME_UP', 'MECHANIC', 'CUSTOMER', 'ADMIN', 'NOBODY_CAME', 'LEFT_QUEUE', 'NOT_PAID'));
alter table consult_sessions drop constraint consult_sessions_waiting_has_no_mechanic;
alter table consult_sessions add constraint consult_sessions_waiting_has_no_mechanic
    check (status not in ('PAYING', 'WAITING') or (mechanic_id is null and claimed_at is null));
alter table consult_sessions drop constraint consult_sessions_finished_has_end;
alter table consult_sessions add constraint consult_sessions_finished_has_end
    check (status in ('PAYING', 'WAITING', 'ACTIVE') or (ended_at is not null and end_reason is not null));
-- The watch finds unpaid sessions left behind.
create index consult_sessions_paying_idx on consult_sessions (requested_at) where status = 'PAYING';
