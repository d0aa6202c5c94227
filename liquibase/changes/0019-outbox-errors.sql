--liquibase formatted sql

--changeset otopair:0019-outbox-errors
-- The last error of each outbox listener, for the admin's Outbox view (Spring Modulith keeps the
-- attempts, not the error). Written in its own transaction when a listener fails.
create table outbox_errors (
    listener_id text        primary key,
    last_error  text        not null,
    failed_at   timestamptz not null,
    failures    integer     not null default 1
);
