--liquibase formatted sql

--changeset otopair:0022-in-app-notifications
-- What the bell in the top bar lists: milestones of a user's bookings, jobs and payments, each
-- linking to a relative route. dedupe_key names the milestone, so an outbox event delivered twice
-- gives one notification.
create table notifications (
    id         uuid         primary key,
    version    bigint       not null default 0,
    user_id    uuid         not null references users (id) on delete cascade,
    kind       varchar(40)  not null,
    title      varchar(200) not null,
    body       varchar(500) not null,
    link       varchar(500) not null,
    dedupe_key varchar(200) not null,
    created_at timestamptz  not null,
    read_at    timestamptz,
    constraint notifications_once unique (user_id, dedupe_key)
);
-- The list and the bell's dropdown: a user's newest first.
create index notifications_user_list_idx on notifications (user_id, created_at desc, id desc);
-- The bell's count, and "Mark all as read".
create index notifications_unread_idx on notifications (user_id) where read_at is null;
