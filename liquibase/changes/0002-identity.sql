--liquibase formatted sql

--changeset otopair:0002-users
create table users (
    id                uuid         primary key,
    version           bigint       not null default 0,
    email             varchar(254) not null,
    display_name      varchar(120) not null,
    phone             varchar(32),
    password_hash     varchar(200) not null,
    role              varchar(20)  not null,
    status            varchar(20)  not null,
    email_verified_at timestamptz,
    created_at        timestamptz  not null,
    last_login_at     timestamptz,
    search_text       text generated always as (lower(display_name) || ' ' || email) stored,
    constraint users_email_lower_case check (email = lower(email)),
    constraint users_email_shape check (email like '%_@_%'),
    constraint users_display_name_not_blank check (length(trim(display_name)) > 0),
    constraint users_role_known check (role in ('CUSTOMER', 'SHOP_OWNER', 'MECHANIC', 'ADMIN')),
    constraint users_status_known check (status in ('ACTIVE', 'SUSPENDED'))
);
create unique index users_email_key on users (email);
create index users_created_at_idx on users (created_at desc, id);
create index users_role_status_idx on users (role, status, created_at desc);
create index users_search_text_trgm_idx on users using gin (search_text gin_trgm_ops);

--changeset otopair:0002-email-tokens
create table email_tokens (
    id         uuid         primary key,
    version    bigint       not null default 0,
    user_id    uuid         not null references users (id) on delete cascade,
    purpose    varchar(20)  not null,
    token_hash varchar(64)  not null,
    new_email  varchar(254),
    created_at timestamptz  not null,
    expires_at timestamptz  not null,
    used_at    timestamptz,
    constraint email_tokens_purpose_known check (purpose in ('VERIFY_EMAIL', 'RESET_PASSWORD', 'CHANGE_EMAIL')),
    constraint email_tokens_new_email_for_change check ((purpose = 'CHANGE_EMAIL') = (new_email is not null)),
    constraint email_tokens_expiry_after_creation check (expires_at > created_at)
);
create unique index email_tokens_token_hash_key on email_tokens (token_hash);
create index email_tokens_user_purpose_idx on email_tokens (user_id, purpose);
