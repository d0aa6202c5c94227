--liquibase formatted sql

--changeset otopair:0012-scheduling
-- A mechanic's weekly hours at a shop, in the shop's wall time. Two windows of one mechanic may not
-- overlap on the same weekday while their validity dates overlap.
create table availability_windows (
    id          uuid         primary key,
    version     bigint       not null default 0,
    shop_id     uuid         not null references shops (id) on delete cascade,
    mechanic_id uuid         not null references users (id) on delete cascade,
    day_of_week smallint     not null,
    start_time  time         not null,
    end_time    time         not null,
    multiplier  numeric(4,2) not null default 1.00,
    valid_from  date,
    valid_to    date,
    constraint availability_windows_day_range check (day_of_week between 1 and 7),
    constraint availability_windows_order check (end_time > start_time),
    constraint availability_windows_multiplier_range check (multiplier between 0.50 and 3.00),
    constraint availability_windows_validity check (valid_from is null or valid_to is null or valid_to >= valid_from),
    constraint availability_windows_no_overlap exclude using gist (
        shop_id with =,
        mechanic_id with =,
        day_of_week with =,
        tsrange(date '2000-01-01' + start_time, date '2000-01-01' + end_time) with &&,
        daterange(valid_from, valid_to, '[]') with &&)
);

create index availability_windows_mechanic on availability_windows (mechanic_id);

-- Other hours, or none, on one date: replaces the weekly windows of that date.
create table schedule_overrides (
    id          uuid         primary key,
    version     bigint       not null default 0,
    shop_id     uuid         not null references shops (id) on delete cascade,
    mechanic_id uuid         not null references users (id) on delete cascade,
    on_date     date         not null,
    start_time  time,
    end_time    time,
    multiplier  numeric(4,2) not null default 1.00,
    reason      varchar(200) not null default '',
    constraint schedule_overrides_one_per_date unique (shop_id, mechanic_id, on_date),
    constraint schedule_overrides_hours check (
        (start_time is null and end_time is null)
        or (start_time is not null and end_time is not null and end_time > start_time)),
    constraint schedule_overrides_multiplier_range check (multiplier between 0.50 and 3.00)
);

create index schedule_overrides_mechanic on schedule_overrides (mechanic_id);

-- Whole days away, from first_day to last_day inclusive.
create table time_off (
    id          uuid         primary key,
    version     bigint       not null default 0,
    shop_id     uuid         not null references shops (id) on delete cascade,
    mechanic_id uuid         not null references users (id) on delete cascade,
    first_day   date         not null,
    last_day    date         not null,
    reason      varchar(200) not null default '',
    constraint time_off_order check (last_day >= first_day),
    constraint time_off_no_overlap exclude using gist (
        shop_id with =,
        mechanic_id with =,
        daterange(first_day, last_day, '[]') with &&)
);

create index time_off_mechanic on time_off (mechanic_id);

create table booking_policies (
    id                        uuid    primary key,
    version                   bigint  not null default 0,
    shop_id                   uuid    not null unique references shops (id) on delete cascade,
    slot_step_minutes         integer not null,
    buffer_before_minutes     integer not null,
    buffer_after_minutes      integer not null,
    min_notice_minutes        integer not null,
    horizon_days              integer not null,
    max_bookings_per_day      integer,
    cancellation_window_hours integer not null,
    reschedule_limit          integer not null,
    constraint booking_policies_step_range check (slot_step_minutes between 5 and 60),
    constraint booking_policies_buffers_range check (
        buffer_before_minutes between 0 and 240 and buffer_after_minutes between 0 and 240),
    constraint booking_policies_notice_range check (min_notice_minutes between 0 and 20160),
    constraint booking_policies_horizon_range check (horizon_days between 1 and 365),
    constraint booking_policies_cap_range check (max_bookings_per_day is null or max_bookings_per_day between 1 and 50),
    constraint booking_policies_cancellation_range check (cancellation_window_hours between 0 and 336),
    constraint booking_policies_reschedule_range check (reschedule_limit between 0 and 10)
);

create table schedule_templates (
    id         uuid        primary key,
    version    bigint      not null default 0,
    shop_id    uuid        not null references shops (id) on delete cascade,
    name       varchar(60) not null,
    created_at timestamptz not null
);

create unique index schedule_templates_name on schedule_templates (shop_id, lower(name));

create table schedule_template_windows (
    template_id uuid         not null references schedule_templates (id) on delete cascade,
    day_of_week smallint     not null,
    start_time  time         not null,
    end_time    time         not null,
    multiplier  numeric(4,2) not null,
    primary key (template_id, day_of_week, start_time),
    constraint schedule_template_windows_order check (end_time > start_time)
);
