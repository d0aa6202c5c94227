--liquibase formatted sql

--changeset otopair:0013-booking
-- A customer's vehicles, reused from one booking to the next.
create table vehicles (
    id          uuid         primary key,
    version     bigint       not null default 0,
    customer_id uuid         not null references users (id) on delete cascade,
    year        integer      not null,
    make        varchar(40)  not null,
    model       varchar(60)  not null,
    vin         varchar(17),
    plate       varchar(12)  not null default '',
    created_at  timestamptz  not null,
    constraint vehicles_year_range check (year between 1950 and 2100),
    constraint vehicles_vin_shape check (vin is null or vin ~ '^[A-HJ-NPR-Z0-9]{17}$')
);

create index vehicles_customer on vehicles (customer_id);

-- A hold (10 minutes, price locked) that becomes a booking when the customer confirms it.
-- blocked_from-blocked_until is the booked time widened by the shop's buffers: two active bookings
-- of one mechanic can never have overlapping blocked times (an exclusion constraint over that
-- tstzrange), whatever the application does. A hold past its expiry is released (status EXPIRED)
-- before anyone books over it.
create table bookings (
    id                uuid          primary key,
    version           bigint        not null default 0,
    shop_id           uuid          not null references shops (id) on delete cascade,
    mechanic_id       uuid          not null references users (id),
    customer_id       uuid          not null references users (id),
    offering_id       uuid          not null references offerings (id),
    service_name      varchar(120)  not null,
    status            varchar(20)   not null,
    starts_at         timestamptz   not null,
    ends_at           timestamptz   not null,
    blocked_from      timestamptz   not null,
    blocked_until     timestamptz   not null,
    price_minor       bigint        not null,
    currency          varchar(3)    not null,
    multiplier        numeric(4,2)  not null,
    hold_expires_at   timestamptz,
    vehicle_id        uuid          references vehicles (id),
    problem           varchar(2000) not null default '',
    contact_phone     varchar(30)   not null default '',
    reschedule_count  integer       not null default 0,
    rescheduled_from  uuid          references bookings (id),
    cancel_reason     varchar(500),
    cancelled_by      varchar(20),
    cancelled_late    boolean       not null default false,
    created_at        timestamptz   not null,
    confirmed_at      timestamptz,
    cancelled_at      timestamptz,
    constraint bookings_status_known check (status in ('HELD', 'CONFIRMED', 'EXPIRED', 'CANCELLED', 'RESCHEDULED', 'COMPLETED', 'NO_SHOW')),
    constraint bookings_order check (ends_at > starts_at),
    constraint bookings_blocked_covers check (blocked_from <= starts_at and blocked_until >= ends_at),
    constraint bookings_price_positive check (price_minor >= 0),
    constraint bookings_hold_expiry check (status <> 'HELD' or hold_expires_at is not null),
    constraint bookings_no_overlap exclude using gist (
        mechanic_id with =,
        tstzrange(blocked_from, blocked_until) with &&) where (status in ('HELD', 'CONFIRMED'))
);

create index bookings_customer on bookings (customer_id, starts_at);
create index bookings_shop on bookings (shop_id, starts_at);
create index bookings_mechanic_active on bookings (mechanic_id, starts_at) where status in ('HELD', 'CONFIRMED');
