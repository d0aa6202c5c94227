--liquibase formatted sql

--changeset otopair:0021-shedlock
-- ShedLock: a scheduled task (the booking reminders...) runs on one node at a time. Times are the
-- database's own (usingDbTime), so clocks of the nodes do not matter.
create table shedlock (
    name       varchar(64)  primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);

--changeset otopair:0021-booking-reminders
-- One row per reminder due, written in the same transaction as the event that sends it: a
-- reminder is decided exactly once, whatever the number of nodes, overlapping runs or restarts.
-- handled_at is set in the transaction that mails it (or decides against it: cancelled, opted
-- out), so a repeated delivery of the event mails nothing more.
create table booking_reminders (
    booking_id uuid        not null references bookings (id) on delete cascade,
    kind       varchar(20) not null,
    created_at timestamptz not null,
    handled_at timestamptz,
    primary key (booking_id, kind),
    constraint booking_reminders_kind_known check (kind in ('DAY_BEFORE', 'HOUR_BEFORE'))
);

-- What the reminder task scans: confirmed bookings by start.
create index bookings_confirmed_start on bookings (starts_at) where status = 'CONFIRMED';

--changeset otopair:0021-notification-preferences
-- Which optional emails a user wants; no row means the defaults (everything). Transactional mail
-- (confirmations, receipts, security) is not optional and not listed here.
create table notification_preferences (
    user_id    uuid        primary key references users (id) on delete cascade,
    reminders  boolean     not null default true,
    marketing  boolean     not null default true,
    updated_at timestamptz not null
);
