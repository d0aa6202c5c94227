--liquibase formatted sql

--changeset otopair:0048-upsells
-- Upsells: the maintenance rule table the recommendations are made from, and one offer per
-- (customer, kind, subject) the customer was shown, with what they did with it.

-- When a vehicle is due for a service of a category: every interval_months since its last
-- completed (or booked) service of that category, counted from January of its model year when it
-- has none, once the vehicle is at least min_vehicle_age_years old; or, for a seasonal rule, while
-- the shop's day (in its time zone) is inside the season (from/until month and day, inclusive) and
-- the vehicle had no service of that category since two months before the season opened. country
-- limits a rule to shops of that country (winter tyres in Canada).
create table upsell_maintenance_rules (
    code                  varchar(30)  primary key,
    position              integer      not null,
    category              varchar(20)  not null,
    interval_months       integer,
    min_vehicle_age_years integer      not null default 0,
    country               varchar(2),
    season_from_month     integer,
    season_from_day       integer,
    season_until_month    integer,
    season_until_day      integer,
    constraint upsell_maintenance_rules_category_known check (category in ('DIAGNOSTICS', 'BRAKES',
        'OIL', 'TYRES', 'ELECTRICAL', 'ENGINE', 'SUSPENSION', 'AIR_CONDITIONING', 'INSPECTION', 'OTHER')),
    constraint upsell_maintenance_rules_code_shape check (code ~ '^[A-Z][A-Z_]{1,29}$'),
    constraint upsell_maintenance_rules_interval_range check (interval_months between 1 and 120),
    constraint upsell_maintenance_rules_age_range check (min_vehicle_age_years between 0 and 50),
    constraint upsell_maintenance_rules_country_known check (country in ('CA', 'US')),
    constraint upsell_maintenance_rules_months check (season_from_month between 1 and 12
        and season_until_month between 1 and 12),
    constraint upsell_maintenance_rules_days check (season_from_day between 1 and 31
        and season_until_day between 1 and 31),
    constraint upsell_maintenance_rules_one_cycle check (
        (interval_months is not null and season_from_month is null and season_from_day is null
            and season_until_month is null and season_until_day is null)
        or (interval_months is null and season_from_month is not null and season_from_day is not null
            and season_until_month is not null and season_until_day is not null))
);
create unique index upsell_maintenance_rules_position_idx on upsell_maintenance_rules (position);

insert into upsell_maintenance_rules
    (code, position, category, interval_months, min_vehicle_age_years, country,
     season_from_month, season_from_day, season_until_month, season_until_day)
values
    -- Oil every 6 months (about 8,000 km at the average distance driven, counted in months).
    ('OIL_CHANGE', 10, 'OIL', 6, 0, null, null, null, null, null),
    ('BRAKES_INSPECTION', 20, 'BRAKES', 12, 0, null, null, null, null, null),
    ('CABIN_FILTER', 30, 'AIR_CONDITIONING', 12, 1, null, null, null, null, null),
    -- Older vehicles: a yearly safety inspection once they are eight years old.
    ('SAFETY_INSPECTION', 40, 'INSPECTION', 12, 8, null, null, null, null, null),
    -- Canada: winter tyres on before November (Québec requires them from December 1), summer
    -- tyres before April.
    ('WINTER_TYRES', 50, 'TYRES', null, 0, 'CA', 9, 15, 10, 31),
    ('SUMMER_TYRES', 60, 'TYRES', null, 0, 'CA', 3, 1, 3, 31);

create table upsell_offers (
    id            uuid          primary key,
    customer_id   uuid          not null references users (id) on delete cascade,
    kind          varchar(20)   not null,
    subject       varchar(200)  not null,
    shop_id       uuid          not null references shops (id) on delete cascade,
    vehicle_id    uuid          references vehicles (id) on delete cascade,
    category      varchar(20),
    target        varchar(400)  not null,
    state         varchar(12)   not null,
    shown_at      timestamptz   not null,
    clicked_at    timestamptz,
    dismissed_at  timestamptz,
    bought_at     timestamptz,
    bought_with   uuid,
    constraint upsell_offers_once unique (customer_id, kind, subject),
    constraint upsell_offers_kind_known check (kind in ('DEFERRED_LINE', 'MAINTENANCE',
        'SESSION_FOLLOW_UP', 'PREMIUM_SESSION')),
    constraint upsell_offers_state_known check (state in ('SHOWN', 'CLICKED', 'DISMISSED', 'BOUGHT')),
    constraint upsell_offers_category_known check (category in ('DIAGNOSTICS', 'BRAKES', 'OIL',
        'TYRES', 'ELECTRICAL', 'ENGINE', 'SUSPENSION', 'AIR_CONDITIONING', 'INSPECTION', 'OTHER')),
    constraint upsell_offers_target_relative check (target ~ '^[a-z]' and target !~ '\.\.'),
    constraint upsell_offers_clicked_has_time check (state <> 'CLICKED' or clicked_at is not null),
    constraint upsell_offers_dismissed_has_time check (state <> 'DISMISSED' or dismissed_at is not null),
    constraint upsell_offers_bought_after_click check (state <> 'BOUGHT' or (clicked_at is not null
        and bought_at is not null and bought_with is not null and bought_at >= clicked_at
        and bought_at <= clicked_at + interval '14 days'))
);
create index upsell_offers_customer_id_state_idx on upsell_offers (customer_id, state);
create index upsell_offers_customer_id_shop_id_clicked_idx on upsell_offers (customer_id, shop_id)
    where state = 'CLICKED';
-- One offer per purchase: a booking or session bought one offer at most.
create unique index upsell_offers_bought_with_idx on upsell_offers (bought_with)
    where bought_with is not null;
