--liquibase formatted sql

--changeset otopair:0005-audit-entries
create table audit_entries (
    id             uuid          primary key,
    version        bigint        not null default 0,
    occurred_at    timestamptz   not null,
    actor          varchar(254),
    action         varchar(40)   not null,
    subject        varchar(254)  not null,
    details        varchar(1000) not null default '',
    client_address varchar(64)
);
create index audit_entries_occurred_at_idx on audit_entries (occurred_at desc);
create index audit_entries_actor_idx on audit_entries (actor, occurred_at desc);
create index audit_entries_action_idx on audit_entries (action, occurred_at desc);
