--liquibase formatted sql

--changeset otopair:0047-user-activity
-- When each signed-in person's browser was last heard from (a page, a click, Vaadin's heartbeat), on
-- any node: the admin's "active users now". One row per user, written at most once a minute by the
-- request filter (an upsert that only moves the time forward), so the table stays as small as the
-- user list and the write rate stays at one per active user and minute.
create table user_activity (
    user_id       uuid         primary key references users (id) on delete cascade,
    last_seen_at  timestamptz  not null
);
create index user_activity_last_seen_at_idx on user_activity (last_seen_at);
