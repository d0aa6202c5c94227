--liquibase formatted sql

--changeset otopair:0036-consult-extra-time
-- Extra time in a live session: the mechanic offers a few more minutes at a price, the customer
-- takes them or not, and an offer nobody answered lapses when the session stops running. A session
-- has one open offer at a time; accepting is a conditional update of the open offer, so two clicks
-- at once move the session's end once. The price is charged on its own, keyed by the offer.
create table consult_extensions (
    id          uuid        primary key,
    version     bigint      not null default 0,
    session_id  uuid        not null references consult_sessions (id) on delete cascade,
    mechanic_id uuid        not null references users (id),
    minutes     integer     not null,
    price_minor bigint      not null,
    currency    varchar(3)  not null,
    state       varchar(10) not null,
    offered_at  timestamptz not null,
    answered_at timestamptz,
    constraint consult_extensions_state_known
        check (state in ('OFFERED', 'ACCEPTED', 'DECLINED', 'LAPSED')),
    constraint consult_extensions_minutes_range check (minutes between 1 and 60),
    constraint consult_extensions_price_range check (price_minor between 0 and 100000),
    constraint consult_extensions_currency_known check (currency in ('CAD', 'USD')),
    constraint consult_extensions_answered_once check ((state = 'OFFERED') = (answered_at is null))
);
-- One open offer per session.
create unique index consult_extensions_one_offered_per_session_idx
    on consult_extensions (session_id) where state = 'OFFERED';
create index consult_extensions_session_idx on consult_extensions (session_id, offered_at);
