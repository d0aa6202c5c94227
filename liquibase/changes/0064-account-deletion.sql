--liquibase formatted sql

--changeset otopair:0064-account-deletion
-- A customer may delete their account: the row stays (their payments, invoices and reviews point
-- at it) but loses everything that names them. deleted_at is set once, by a conditional update
-- (where deleted_at is null), so two requests at once anonymize once. A deleted row names nobody
-- and cannot sign in: its email is a unique placeholder on a reserved domain.
alter table users add column deleted_at timestamptz;
alter table users add constraint users_deleted_anonymous check (
    deleted_at is null
    or (display_name = 'Deleted customer' and phone is null
        and email = 'deleted-' || id || '@deleted.invalid'));
