--liquibase formatted sql

--changeset otopair:0043-repair-from-session
-- A repair booked from a remote session's summary. The booking keeps the session it came from as an
-- opaque id (the booking module knows nothing of sessions); the job the booking opens keeps it too
-- once the jobs module found that session's sent summary, of the same shop and customer, and started
-- the job's estimate with its parts and labour.
alter table bookings add column origin_session_id uuid;
alter table jobs add column origin_session_id uuid;
create index jobs_origin_session_id_idx on jobs (origin_session_id)
    where origin_session_id is not null;

-- The shop may credit what the session cost on the repair it led to: a CREDIT line on the job's
-- estimate, a negative amount, at most one per job; the shop's other lines stay at zero or above.
alter table booking_policies add column credit_remote_sessions boolean not null default false;
alter table job_lines drop constraint job_lines_kind_known;
alter table job_lines add constraint job_lines_kind_known check (kind in ('LABOUR', 'PART', 'CREDIT'));
alter table job_lines drop constraint job_lines_price_not_negative;
alter table job_lines add constraint job_lines_price_not_negative
    check (kind = 'CREDIT' or unit_price_minor >= 0);
alter table job_lines add constraint job_lines_credit_negative
    check (kind <> 'CREDIT' or (unit_price_minor < 0 and quantity = 1));
create unique index job_lines_job_id_credit_idx on job_lines (job_id) where kind = 'CREDIT';
