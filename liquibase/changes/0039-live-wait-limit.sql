--liquibase formatted sql

--changeset otopair:0039-live-wait-limit
-- How long a shop's live sessions wait for a mechanic before they expire and nothing is charged:
-- part of the shop's booking policy, 15 minutes unless the owner says otherwise. A session keeps
-- the limit it was asked (or booked) under.
alter table booking_policies add column live_wait_minutes integer not null default 15;
alter table booking_policies add constraint booking_policies_live_wait_range
    check (live_wait_minutes between 5 and 60);
