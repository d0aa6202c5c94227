--liquibase formatted sql

--changeset otopair:0014-waitlist
-- Customers waiting for a full day: when a slot frees, the first in line gets it held for
-- 15 minutes and an email.
create table waitlist_entries (
    id                 uuid        primary key,
    version            bigint      not null default 0,
    shop_id            uuid        not null references shops (id) on delete cascade,
    offering_id        uuid        not null references offerings (id) on delete cascade,
    customer_id        uuid        not null references users (id) on delete cascade,
    on_date            date        not null,
    status             varchar(20) not null,
    created_at         timestamptz not null,
    offered_booking_id uuid        references bookings (id),
    offered_at         timestamptz,
    constraint waitlist_entries_status_known check (status in ('WAITING', 'OFFERED', 'LEFT'))
);

create unique index waitlist_entries_one_per_day on waitlist_entries (customer_id, offering_id, on_date)
    where status = 'WAITING';
create index waitlist_entries_line on waitlist_entries (shop_id, on_date, created_at) where status = 'WAITING';
