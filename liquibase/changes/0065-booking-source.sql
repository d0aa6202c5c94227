--liquibase formatted sql

--changeset otopair:0065-booking-source
-- Where each booking came from: the web booking flow, the API, the shop taking a call (PHONE), or
-- a waitlist offer. Bookings written before this knew no source: those a waitlist entry was
-- offered, and the bookings they were moved to, are WAITLIST; the rest WEB. Each path of the code
-- names its source; the default serves rows written by SQL alone (fixtures, benchmarks).
alter table bookings add column source varchar(10);

with recursive from_waitlist (id) as (
    select offered_booking_id from waitlist_entries where offered_booking_id is not null
    union
    select b.id from bookings b join from_waitlist w on b.rescheduled_from = w.id
)
update bookings set source = 'WAITLIST' where id in (select id from from_waitlist);
update bookings set source = 'WEB' where source is null;

alter table bookings alter column source set default 'WEB';
alter table bookings alter column source set not null;
alter table bookings add constraint bookings_source_known
    check (source in ('WEB', 'API', 'PHONE', 'WAITLIST'));
