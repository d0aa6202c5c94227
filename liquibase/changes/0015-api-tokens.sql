--liquibase formatted sql

--changeset otopair:0015-api-tokens
-- Bearer tokens for the REST API, issued and revoked on the profile page. Only the SHA-256 hash of
-- a token is stored; the hint (its first characters) lets the owner tell their tokens apart.
create table api_tokens (
    id           uuid         primary key,
    version      bigint       not null default 0,
    user_id      uuid         not null references users (id) on delete cascade,
    name         varchar(60)  not null,
    token_hash   varchar(64)  not null,
    hint         varchar(12)  not null,
    created_at   timestamptz  not null,
    last_used_at timestamptz,
    revoked_at   timestamptz,
    constraint api_tokens_name_not_blank check (length(trim(name)) > 0),
    constraint api_tokens_hash_shape check (token_hash ~ '^[0-9a-f]{64}$')
);
create unique index api_tokens_hash_key on api_tokens (token_hash);
create index api_tokens_user on api_tokens (user_id, created_at desc);
-- At most one live token of a name per user, so the profile page's list stays unambiguous.
create unique index api_tokens_live_name on api_tokens (user_id, lower(name)) where revoked_at is null;
