--liquibase formatted sql

--changeset otopair:0072-sessions-ended
-- Ending a user's sessions (suspension, a new role, a deleted account) must reach every node: each
-- node compares a signed-in session's start with this moment (read by primary key) and ends the
-- sessions, and refuses the remember-me cookies, that began before it. Null: never ended.
alter table users add column sessions_ended_at timestamptz;
