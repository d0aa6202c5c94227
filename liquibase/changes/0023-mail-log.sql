--liquibase formatted sql

--changeset otopair:0023-mail-log
-- One row per mail Otopair tried to send, for the admin's Email log. A retry of the same mail
-- (same recipient, template, subject and text) finds its row by mail_key and updates it. Written
-- in its own transaction around each send, so a failure is kept although the listener rolls back.
create table mail_log (
    id          uuid         primary key,
    version     bigint       not null default 0,
    mail_key    char(64)     not null,
    recipient   varchar(254) not null,
    template    varchar(100) not null,
    subject     varchar(300) not null,
    status      varchar(10)  not null,
    attempts    integer      not null default 1,
    last_error  varchar(500),
    created_at  timestamptz  not null,
    updated_at  timestamptz  not null,
    sent_at     timestamptz,
    constraint mail_log_key_unique unique (mail_key),
    constraint mail_log_status_check check (status in ('QUEUED', 'SENT', 'FAILED', 'RETRIED')),
    constraint mail_log_attempts_check check (attempts >= 1)
);
create index mail_log_updated_at_idx on mail_log (updated_at desc, id);
create index mail_log_status_idx on mail_log (status, updated_at desc);
