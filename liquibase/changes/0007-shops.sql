--liquibase formatted sql

--changeset otopair:0007-shops
create table shops (
    id                  uuid          primary key,
    version             bigint        not null default 0,
    slug                varchar(40)   not null,
    name                varchar(120)  not null,
    street              varchar(200)  not null,
    city                varchar(100)  not null,
    region              varchar(100)  not null,
    postal_code         varchar(12)   not null,
    country             varchar(2)    not null,
    phone               varchar(20)   not null,
    time_zone           varchar(60)   not null,
    description         varchar(2000) not null default '',
    latitude            double precision not null,
    longitude           double precision not null,
    status              varchar(20)   not null,
    deactivation_reason varchar(500),
    created_at          timestamptz   not null,
    search_text         text generated always as (lower(name || ' ' || slug || ' ' || city)) stored,
    constraint shops_slug_shape check (slug ~ '^[a-z0-9](?:[a-z0-9-]{1,38})[a-z0-9]$'),
    constraint shops_country_known check (country in ('CA', 'US')),
    constraint shops_phone_e164 check (phone ~ '^\+[1-9][0-9]{6,14}$'),
    constraint shops_status_known check (status in ('PENDING_APPROVAL', 'ACTIVE', 'DEACTIVATED')),
    constraint shops_latitude_range check (latitude between -90 and 90),
    constraint shops_longitude_range check (longitude between -180 and 180),
    constraint shops_deactivated_has_reason check (status <> 'DEACTIVATED' or deactivation_reason is not null)
);
create unique index shops_slug_key on shops (slug);
create index shops_status_created_idx on shops (status, created_at desc);
create index shops_city_idx on shops (lower(city));
create index shops_search_text_trgm_idx on shops using gin (search_text gin_trgm_ops);

-- Old addresses of shops whose slug changed; they keep redirecting.
create table shop_slug_redirects (
    slug    varchar(40) primary key,
    shop_id uuid        not null references shops (id) on delete cascade
);

create table shop_members (
    id        uuid        primary key,
    version   bigint      not null default 0,
    shop_id   uuid        not null references shops (id) on delete cascade,
    user_id   uuid        not null references users (id) on delete cascade,
    role      varchar(20) not null,
    joined_at timestamptz not null,
    constraint shop_members_role_known check (role in ('OWNER', 'MECHANIC'))
);
create unique index shop_members_shop_user_key on shop_members (shop_id, user_id);
create index shop_members_user_idx on shop_members (user_id);

create table shop_opening_hours (
    shop_id     uuid     not null references shops (id) on delete cascade,
    day_of_week smallint not null,
    opens_at    time     not null,
    closes_at   time     not null,
    primary key (shop_id, day_of_week),
    constraint shop_opening_hours_day check (day_of_week between 1 and 7),
    constraint shop_opening_hours_order check (closes_at > opens_at)
);
