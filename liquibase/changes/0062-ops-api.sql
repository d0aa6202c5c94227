--liquibase formatted sql

--changeset otopair:0062-ops-api splitStatements:false
-- The operations API. A token has a scope: CUSTOMER (every token issued before, the booking API)
-- or OPS (the operations API under /api/v1/ops, only ever held by an admin).
alter table api_tokens add column scope varchar(16) not null default 'CUSTOMER';
alter table api_tokens add constraint api_tokens_scope_known check (scope in ('CUSTOMER', 'OPS'));

-- A check cannot read another table: a trigger refuses an operations token for anyone who is not an
-- admin when it is issued (or handed to another user). Losing the role later is checked at each call.
create function api_tokens_ops_for_admins() returns trigger language plpgsql as $$
begin
    if new.scope = 'OPS'
       and not exists (select 1 from users u where u.id = new.user_id and u.role = 'ADMIN') then
        raise exception 'an operations API token is for admins only'
            using errcode = 'check_violation', constraint = 'api_tokens_ops_for_admins';
    end if;
    return new;
end
$$;
create trigger api_tokens_ops_for_admins
    before insert or update of scope, user_id on api_tokens
    for each row execute function api_tokens_ops_for_admins();

-- Idempotency-Key for every POST of the API: one row per caller and key. The first call claims the
-- row (insert ... on conflict do nothing decides who is first, however many arrive at once), and
-- stores its answer when it is done; a repeat with the same request (its method, path and body,
-- hashed) gets that answer back. A 5xx answer is never stored: the claim is released so a retry
-- runs. Rows older than 24 hours are purged and their keys may be used again.
create table idempotency_keys (
    user_id         uuid          not null references users (id) on delete cascade,
    idempotency_key varchar(255)  not null,
    request_hash    varchar(64)   not null,
    status          smallint,
    content_type    varchar(255),
    location        varchar(2048),
    body            bytea,
    created_at      timestamptz   not null,
    completed_at    timestamptz,
    constraint idempotency_keys_pkey primary key (user_id, idempotency_key),
    constraint idempotency_keys_key_not_empty check (length(idempotency_key) > 0),
    constraint idempotency_keys_hash_shape check (request_hash ~ '^[0-9a-f]{64}$'),
    constraint idempotency_keys_status_not_5xx check (status is null or status between 100 and 499),
    constraint idempotency_keys_answered_together check ((status is null) = (completed_at is null))
);
create index idempotency_keys_created_at_idx on idempotency_keys (created_at);
