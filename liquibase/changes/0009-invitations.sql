--liquibase formatted sql

--changeset otopair:0009-invitations
-- Invitations of mechanics to a shop's team. Only the SHA-256 hash of the emailed token is kept.
create table invitations (
    id           uuid         primary key,
    version      bigint       not null default 0,
    shop_id      uuid         not null references shops (id) on delete cascade,
    email        varchar(254) not null,
    token_hash   varchar(64)  not null,
    status       varchar(20)  not null,
    invited_by   uuid         not null references users (id),
    created_at   timestamptz  not null,
    expires_at   timestamptz  not null,
    responded_at timestamptz,
    constraint invitations_status_known check (status in ('PENDING', 'ACCEPTED', 'DECLINED', 'REVOKED')),
    constraint invitations_email_lower_case check (email = lower(email)),
    constraint invitations_expiry_after_creation check (expires_at > created_at)
);
create unique index invitations_token_hash_key on invitations (token_hash);
-- One open invitation per person and shop.
create unique index invitations_one_pending_key on invitations (shop_id, email) where status = 'PENDING';
create index invitations_shop_idx on invitations (shop_id, created_at desc);
