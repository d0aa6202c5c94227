--liquibase formatted sql

--changeset otopair:0026-audit-once
-- One audit entry per event: event_key is a digest of everything the event says (what, who, to
-- what, from where, and when, to the microsecond), so the outbox delivering the event again, or two
-- runs at once, add nothing; entries written before this change have none.
alter table audit_entries add column event_key char(64);
alter table audit_entries add constraint audit_entries_once unique (event_key);
