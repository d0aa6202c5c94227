--liquibase formatted sql

--changeset otopair:0066-access-log
-- Who read whose personal data: an admin opening a user, a booking or a payment, a shop member
-- opening a customer's job, an API client reading bookings. People are kept by id (their email is
-- read from users when the log is shown, so an erased account stays erased here too). The id is
-- made when the read happens, so a batch the outbox delivers twice records each read once.
create table access_log (
    id             uuid primary key,
    occurred_at    timestamptz not null,
    actor_id       uuid not null,
    actor_role     varchar(20) not null,
    subject_kind   varchar(20) not null,
    subject_id     uuid not null,
    customer_id    uuid,
    shop_id        uuid,
    channel        varchar(10) not null,
    token_hint     varchar(40),
    client_address varchar(64),
    constraint access_log_subject_kind check (subject_kind in ('USER', 'BOOKING', 'BOOKINGS', 'JOB', 'PAYMENT')),
    constraint access_log_channel check (channel in ('SCREEN', 'API')),
    constraint access_log_token_on_api check (channel = 'API' or token_hint is null)
);
create index access_log_occurred_at_idx on access_log (occurred_at desc, id);
create index access_log_actor_id_idx on access_log (actor_id, occurred_at desc);
create index access_log_subject_idx on access_log (subject_kind, subject_id, occurred_at desc);
create index access_log_customer_id_idx on access_log (customer_id, occurred_at desc);
create index access_log_shop_id_idx on access_log (shop_id, occurred_at desc);
