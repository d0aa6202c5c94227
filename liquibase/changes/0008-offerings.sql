--liquibase formatted sql

--changeset otopair:0008-offerings
-- A shop's service menu. Prices are integer minor units in the shop's currency.
create table offerings (
    id               uuid          primary key,
    version          bigint        not null default 0,
    shop_id          uuid          not null references shops (id) on delete cascade,
    name             varchar(120)  not null,
    description      varchar(1000) not null default '',
    category         varchar(20)   not null,
    duration_minutes integer       not null,
    price_minor      bigint        not null,
    currency         varchar(3)    not null,
    mode             varchar(20)   not null,
    active           boolean       not null default true,
    created_at       timestamptz   not null,
    constraint offerings_category_known check (category in ('DIAGNOSTICS', 'BRAKES', 'OIL', 'TYRES', 'ELECTRICAL', 'ENGINE', 'SUSPENSION', 'AIR_CONDITIONING', 'INSPECTION', 'OTHER')),
    constraint offerings_mode_known check (mode in ('IN_SHOP', 'REMOTE_CHAT', 'REMOTE_VIDEO')),
    constraint offerings_duration_range check (duration_minutes between 5 and 720),
    constraint offerings_price_not_negative check (price_minor >= 0),
    constraint offerings_currency_known check (currency in ('CAD', 'USD'))
);
create index offerings_shop_idx on offerings (shop_id, active);
