--liquibase formatted sql

--changeset otopair:0069-booking-history
-- The admin's page of one booking tells its whole story. A mail about a booking names it (mails
-- logged before this don't: they stay null); the audit log is read by subject ("booking <id>").
alter table mail_log add column about_booking uuid;
create index mail_log_about_booking_idx on mail_log (about_booking, created_at)
    where about_booking is not null;
create index audit_entries_subject_idx on audit_entries (subject, occurred_at);

-- Notes admins keep on a booking: never shown to its customer nor its shop.
create table booking_notes (
    id          uuid          primary key,
    booking_id  uuid          not null references bookings (id) on delete cascade,
    author_id   uuid          references users (id) on delete set null,
    text        varchar(2000) not null,
    created_at  timestamptz   not null,
    constraint booking_notes_text_not_blank check (length(trim(text)) > 0)
);
create index booking_notes_booking_id_idx on booking_notes (booking_id, created_at);
