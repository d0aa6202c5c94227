--liquibase formatted sql

--changeset otopair:0016-jobs
-- Work orders. A job belongs to a shop and a customer; it came from a booking (booking_id set) or
-- was opened by the shop for a walk-in or a phone call. Names are copied in so that the admin
-- grid can search a million jobs with one trigram index.
create table jobs (
    id             uuid          primary key,
    version        bigint        not null default 0,
    shop_id        uuid          not null references shops (id) on delete cascade,
    number         integer       not null,
    shop_name      varchar(120)  not null,
    customer_id    uuid          not null references users (id),
    customer_name  varchar(120)  not null,
    vehicle        varchar(120)  not null default '',
    title          varchar(120)  not null,
    description    text          not null default '',
    origin         varchar(10)   not null,
    booking_id     uuid          references bookings (id) on delete set null,
    mechanic_id    uuid          references users (id),
    status         varchar(20)   not null,
    internal_notes text          not null default '',
    customer_notes text          not null default '',
    tax_rate       numeric(5, 3) not null default 0,
    currency       varchar(3)    not null,
    scheduled_at   timestamptz,
    created_at     timestamptz   not null,
    updated_at     timestamptz   not null,
    search_text    text generated always as
        (lower(customer_name || ' ' || vehicle || ' ' || shop_name || ' ' || title)) stored,
    constraint jobs_number_per_shop unique (shop_id, number),
    constraint jobs_one_per_booking unique (booking_id),
    constraint jobs_status_known check (status in
        ('REQUESTED', 'ACCEPTED', 'IN_PROGRESS', 'WAITING_PARTS', 'WAITING_APPROVAL', 'COMPLETED', 'CANCELLED')),
    constraint jobs_origin_known check (origin in ('BOOKING', 'WALK_IN', 'PHONE')),
    constraint jobs_title_not_blank check (length(trim(title)) > 0),
    constraint jobs_tax_rate_range check (tax_rate between 0 and 30),
    constraint jobs_number_positive check (number > 0)
);
create index jobs_shop_board on jobs (shop_id, status, updated_at desc);
create index jobs_mechanic on jobs (mechanic_id, status);
create index jobs_customer on jobs (customer_id, created_at desc);
-- The admin grid: newest first, by status, by shop, and text search.
create index jobs_newest on jobs (created_at desc, id);
create index jobs_status_newest on jobs (status, created_at desc, id);
create index jobs_shop_newest on jobs (shop_id, created_at desc, id);
create index jobs_search_trgm on jobs using gin (search_text gin_trgm_ops);

-- The next job number of each shop, handed out atomically.
create table job_counters (
    shop_id uuid    primary key references shops (id) on delete cascade,
    last    integer not null
);

-- Estimate lines: labour (hours x rate) or parts (quantity x price). The customer approves or
-- declines each; declined lines stay as "recommended later".
create table job_lines (
    id               uuid           primary key,
    version          bigint         not null default 0,
    job_id           uuid           not null references jobs (id) on delete cascade,
    position         integer        not null,
    kind             varchar(10)    not null,
    description      varchar(200)   not null,
    quantity         numeric(10, 2) not null,
    unit_price_minor bigint         not null,
    approval         varchar(10)    not null,
    decided_at       timestamptz,
    constraint job_lines_kind_known check (kind in ('LABOUR', 'PART')),
    constraint job_lines_approval_known check (approval in ('PENDING', 'APPROVED', 'DECLINED')),
    constraint job_lines_quantity_positive check (quantity > 0),
    constraint job_lines_price_not_negative check (unit_price_minor >= 0),
    constraint job_lines_description_not_blank check (length(trim(description)) > 0)
);
create index job_lines_job on job_lines (job_id, position);

-- The job's timeline: every status change, assignment and estimate decision, with who and when.
create table job_events (
    id          uuid         primary key,
    version     bigint       not null default 0,
    seq         bigint       generated always as identity,
    job_id      uuid         not null references jobs (id) on delete cascade,
    at          timestamptz  not null,
    actor_id    uuid,
    actor_name  varchar(120) not null,
    kind        varchar(20)  not null,
    from_status varchar(20),
    to_status   varchar(20),
    comment     text         not null default '',
    constraint job_events_kind_known check (kind in ('CREATED', 'STATUS', 'ASSIGNED', 'ESTIMATE', 'APPROVAL'))
);
create index job_events_job on job_events (job_id, seq);
