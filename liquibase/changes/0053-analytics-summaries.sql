--liquibase formatted sql

--changeset otopair:0053-analytics-summaries splitStatements:false
-- Daily summaries the analytics pages and the admin's trend tiles read instead of scanning up to two
-- years of bookings and payments. The database keeps them exact: a row trigger on each source table
-- subtracts the old row's contribution and adds the new one's in the same transaction as the change
-- (never stale, never counted twice on a replay, whatever code path writes: services, provisioning,
-- scripts). Each row is keyed by the shop's day (in its zone) and the UTC day, which differ by at most
-- one, so a shop's ranges (its zone) and the marketplace's (UTC) both add up whole rows.
--
-- Every change of a shop's summaries first takes a transaction-scoped advisory lock on the shop
-- (class 53): two transactions that each move several of the shop's rows (a reschedule subtracts on
-- one day and adds on another) wait for each other instead of deadlocking on the rows' locks. Changes
-- that count nothing (holds, expiries) take no lock.

-- Bookings: what BookingStats counts, by the appointment's start (the counted statuses), and what
-- BookingTrends counts ("made"), by the day the booking was confirmed (reschedules excluded).
create table booking_days (
    shop_id      uuid         not null references shops (id) on delete cascade,
    local_day    date         not null,
    utc_day      date         not null,
    currency     varchar(3)      not null,
    category     varchar(20)  not null,
    booked       bigint       not null default 0,
    completed    bigint       not null default 0,
    cancelled    bigint       not null default 0,
    late         bigint       not null default 0,
    no_shows     bigint       not null default 0,
    value_minor  bigint       not null default 0,
    made         bigint       not null default 0,
    primary key (shop_id, local_day, utc_day, currency, category)
);
create index booking_days_utc_day_idx on booking_days (utc_day, currency);

-- Payments: what RevenueStats counts by the day the payment was made (created_at: payments,
-- revenue, refunded), and what PaymentTrends counts: money taken (captured plus extra) on the day of
-- its receipt, or its last change without one, and refunds done on the day they completed (with
-- how many payments and refunds make those sums, so a day with none is told from a day netting 0).
create table payment_days (
    shop_id         uuid     not null references shops (id) on delete cascade,
    local_day       date     not null,
    utc_day         date     not null,
    currency        varchar(3)  not null,
    payments        bigint   not null default 0,
    revenue_minor   bigint   not null default 0,
    refunded_minor  bigint   not null default 0,
    takings         bigint   not null default 0,
    taken_minor     bigint   not null default 0,
    refunds         bigint   not null default 0,
    refunds_minor   bigint   not null default 0,
    primary key (shop_id, local_day, utc_day, currency)
);
create index payment_days_utc_day_idx on payment_days (utc_day, currency);

create function analytics_summaries_lock(p_shop uuid) returns void
language sql as $$
    select pg_advisory_xact_lock(53, hashtext(p_shop::text))
$$;

create function booking_days_add(p_shop uuid, p_at timestamptz, p_currency varchar(3),
                                 p_category varchar, p_booked bigint, p_completed bigint,
                                 p_cancelled bigint, p_late bigint, p_no_shows bigint,
                                 p_value bigint, p_made bigint) returns void
language plpgsql as $$
begin
    perform analytics_summaries_lock(p_shop);
    insert into booking_days as d (shop_id, local_day, utc_day, currency, category, booked,
                                   completed, cancelled, late, no_shows, value_minor, made)
    select p_shop, (p_at at time zone s.time_zone)::date, (p_at at time zone 'UTC')::date,
           p_currency, p_category, p_booked, p_completed, p_cancelled, p_late, p_no_shows,
           p_value, p_made
      from shops s where s.id = p_shop
    on conflict (shop_id, local_day, utc_day, currency, category) do update
       set booked = d.booked + excluded.booked,
           completed = d.completed + excluded.completed,
           cancelled = d.cancelled + excluded.cancelled,
           late = d.late + excluded.late,
           no_shows = d.no_shows + excluded.no_shows,
           value_minor = d.value_minor + excluded.value_minor,
           made = d.made + excluded.made;
end
$$;

-- One booking's contribution, times p_sign (1 to add it, -1 to take it away).
create function booking_days_apply(b bookings, p_sign int) returns void
language plpgsql as $$
declare
    v_category varchar(20);
begin
    if b.status not in ('CONFIRMED', 'COMPLETED', 'NO_SHOW', 'CANCELLED')
       and (b.confirmed_at is null or b.rescheduled_from is not null) then
        return;
    end if;
    select o.category into v_category from offerings o where o.id = b.offering_id;
    if b.status in ('CONFIRMED', 'COMPLETED', 'NO_SHOW', 'CANCELLED') then
        perform booking_days_add(b.shop_id, b.starts_at, b.currency, v_category, p_sign,
            p_sign * (b.status = 'COMPLETED')::int,
            p_sign * (b.status = 'CANCELLED')::int,
            p_sign * (b.status = 'CANCELLED' and b.cancelled_late)::int,
            p_sign * (b.status = 'NO_SHOW')::int,
            case when b.status = 'COMPLETED' then p_sign * b.price_minor else 0 end, 0);
    end if;
    if b.confirmed_at is not null and b.rescheduled_from is null then
        perform booking_days_add(b.shop_id, b.confirmed_at, b.currency, v_category,
                                 0, 0, 0, 0, 0, 0, p_sign);
    end if;
end
$$;

create function booking_days_on_change() returns trigger
language plpgsql as $$
begin
    if tg_op = 'UPDATE'
       and (old.shop_id, old.offering_id, old.status, old.starts_at, old.currency,
            old.cancelled_late, old.price_minor, old.confirmed_at, old.rescheduled_from)
           is not distinct from
           (new.shop_id, new.offering_id, new.status, new.starts_at, new.currency,
            new.cancelled_late, new.price_minor, new.confirmed_at, new.rescheduled_from) then
        return null;
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        perform booking_days_apply(old, -1);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        perform booking_days_apply(new, 1);
    end if;
    return null;
end
$$;

create trigger booking_days_changed
    after insert or update or delete on bookings
    for each row execute function booking_days_on_change();

-- Recounts one shop's booking summaries from its bookings (null: every shop's), for a change of zone
-- or category and for bulk loads that bypass the trigger.
create function booking_days_rebuild(p_shop uuid) returns void
language plpgsql as $$
begin
    if p_shop is null then
        lock table booking_days in exclusive mode;
        delete from booking_days;
    else
        perform analytics_summaries_lock(p_shop);
        delete from booking_days where shop_id = p_shop;
    end if;
    insert into booking_days (shop_id, local_day, utc_day, currency, category, booked, completed,
                              cancelled, late, no_shows, value_minor, made)
    select shop_id, local_day, utc_day, currency, category, sum(booked), sum(completed),
           sum(cancelled), sum(late), sum(no_shows), sum(value_minor), sum(made)
      from (select b.shop_id, (b.starts_at at time zone s.time_zone)::date as local_day,
                   (b.starts_at at time zone 'UTC')::date as utc_day, b.currency, o.category,
                   1 as booked, (b.status = 'COMPLETED')::int as completed,
                   (b.status = 'CANCELLED')::int as cancelled,
                   (b.status = 'CANCELLED' and b.cancelled_late)::int as late,
                   (b.status = 'NO_SHOW')::int as no_shows,
                   case when b.status = 'COMPLETED' then b.price_minor else 0 end as value_minor,
                   0 as made
              from bookings b join shops s on s.id = b.shop_id
              join offerings o on o.id = b.offering_id
             where b.status in ('CONFIRMED', 'COMPLETED', 'NO_SHOW', 'CANCELLED')
               and (p_shop is null or b.shop_id = p_shop)
            union all
            select b.shop_id, (b.confirmed_at at time zone s.time_zone)::date,
                   (b.confirmed_at at time zone 'UTC')::date, b.currency, o.category,
                   0, 0, 0, 0, 0, 0, 1
              from bookings b join shops s on s.id = b.shop_id
              join offerings o on o.id = b.offering_id
             where b.confirmed_at is not null and b.rescheduled_from is null
               and (p_shop is null or b.shop_id = p_shop)) counted
     group by shop_id, local_day, utc_day, currency, category;
end
$$;

create function payment_days_add(p_shop uuid, p_at timestamptz, p_currency varchar(3),
                                 p_payments bigint, p_revenue bigint, p_refunded bigint,
                                 p_takings bigint, p_taken bigint, p_refunds bigint,
                                 p_refunds_minor bigint) returns void
language plpgsql as $$
begin
    if p_payments = 0 and p_takings = 0 and p_refunds = 0 then
        return;
    end if;
    perform analytics_summaries_lock(p_shop);
    insert into payment_days as d (shop_id, local_day, utc_day, currency, payments, revenue_minor,
                                   refunded_minor, takings, taken_minor, refunds, refunds_minor)
    select p_shop, (p_at at time zone s.time_zone)::date, (p_at at time zone 'UTC')::date,
           p_currency, p_payments, p_revenue, p_refunded, p_takings, p_taken, p_refunds,
           p_refunds_minor
      from shops s where s.id = p_shop
    on conflict (shop_id, local_day, utc_day, currency) do update
       set payments = d.payments + excluded.payments,
           revenue_minor = d.revenue_minor + excluded.revenue_minor,
           refunded_minor = d.refunded_minor + excluded.refunded_minor,
           takings = d.takings + excluded.takings,
           taken_minor = d.taken_minor + excluded.taken_minor,
           refunds = d.refunds + excluded.refunds,
           refunds_minor = d.refunds_minor + excluded.refunds_minor;
end
$$;

-- A payment's contribution with its receipt issued at p_issued (null: none), times p_sign.
create function payment_days_apply(p payments, p_issued timestamptz, p_sign int) returns void
language plpgsql as $$
begin
    if p.status in ('CAPTURED', 'REFUNDED') then
        perform payment_days_add(p.shop_id, p.created_at, p.currency, p_sign,
            p_sign * (p.captured_minor + p.extra_minor - p.refunded_minor),
            p_sign * p.refunded_minor, 0, 0, 0, 0);
        perform payment_days_add(p.shop_id, coalesce(p_issued, p.updated_at), p.currency,
            0, 0, 0, p_sign, p_sign * (p.captured_minor + p.extra_minor), 0, 0);
    end if;
end
$$;

-- A refund's contribution (the payment's shop and currency), times p_sign.
create function payment_days_apply_refund(p_shop uuid, p_currency varchar(3), r payment_refunds,
                                          p_sign int) returns void
language plpgsql as $$
begin
    if r.status = 'DONE' and r.completed_at is not null then
        perform payment_days_add(p_shop, r.completed_at, p_currency, 0, 0, 0, 0, 0, p_sign,
                                 p_sign * r.amount_minor);
    end if;
end
$$;

create function payment_days_on_payment_change() returns trigger
language plpgsql as $$
declare
    v_issued timestamptz;
    r payment_refunds;
begin
    if tg_op = 'UPDATE'
       and (old.shop_id, old.status, old.currency, old.captured_minor, old.extra_minor,
            old.refunded_minor, old.created_at, old.updated_at)
           is not distinct from
           (new.shop_id, new.status, new.currency, new.captured_minor, new.extra_minor,
            new.refunded_minor, new.created_at, new.updated_at) then
        return null;
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        select i.issued_at into v_issued from invoices i where i.payment_id = old.id;
        perform payment_days_apply(old, v_issued, -1);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        select i.issued_at into v_issued from invoices i where i.payment_id = new.id;
        perform payment_days_apply(new, v_issued, 1);
    end if;
    -- Refunds count under their payment's shop and currency: move them if those change.
    if tg_op = 'UPDATE' and (old.shop_id, old.currency) is distinct from (new.shop_id, new.currency) then
        for r in select * from payment_refunds where payment_id = new.id loop
            perform payment_days_apply_refund(old.shop_id, old.currency, r, -1);
            perform payment_days_apply_refund(new.shop_id, new.currency, r, 1);
        end loop;
    end if;
    return null;
end
$$;

create trigger payment_days_payment_changed
    after insert or update or delete on payments
    for each row execute function payment_days_on_payment_change();

-- A receipt moves its payment's money taken to the day it was issued.
create function payment_days_on_invoice_change() returns trigger
language plpgsql as $$
declare
    p payments;
begin
    if tg_op = 'UPDATE' and (old.payment_id, old.issued_at) is not distinct from
                            (new.payment_id, new.issued_at) then
        return null;
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        select * into p from payments where id = old.payment_id;
        if found then
            perform payment_days_apply(p, old.issued_at, -1);
            perform payment_days_apply(p, null, 1);
        end if;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        select * into p from payments where id = new.payment_id;
        if found then
            perform payment_days_apply(p, null, -1);
            perform payment_days_apply(p, new.issued_at, 1);
        end if;
    end if;
    return null;
end
$$;

create trigger payment_days_invoice_changed
    after insert or update or delete on invoices
    for each row execute function payment_days_on_invoice_change();

create function payment_days_on_refund_change() returns trigger
language plpgsql as $$
declare
    p payments;
begin
    if tg_op in ('UPDATE', 'DELETE') then
        select * into p from payments where id = old.payment_id;
        if found then
            perform payment_days_apply_refund(p.shop_id, p.currency, old, -1);
        end if;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        select * into p from payments where id = new.payment_id;
        if found then
            perform payment_days_apply_refund(p.shop_id, p.currency, new, 1);
        end if;
    end if;
    return null;
end
$$;

create trigger payment_days_refund_changed
    after insert or update or delete on payment_refunds
    for each row execute function payment_days_on_refund_change();

-- Recounts one shop's payment summaries (null: every shop's).
create function payment_days_rebuild(p_shop uuid) returns void
language plpgsql as $$
begin
    if p_shop is null then
        lock table payment_days in exclusive mode;
        delete from payment_days;
    else
        perform analytics_summaries_lock(p_shop);
        delete from payment_days where shop_id = p_shop;
    end if;
    insert into payment_days (shop_id, local_day, utc_day, currency, payments, revenue_minor,
                              refunded_minor, takings, taken_minor, refunds, refunds_minor)
    select m.shop_id, (m.at at time zone s.time_zone)::date, (m.at at time zone 'UTC')::date,
           m.currency, sum(m.payments), sum(m.revenue), sum(m.refunded), sum(m.takings),
           sum(m.taken), sum(m.refunds), sum(m.refunds_minor)
      from (select p.shop_id, p.created_at as at, p.currency, 1 as payments,
                   p.captured_minor + p.extra_minor - p.refunded_minor as revenue,
                   p.refunded_minor as refunded, 0 as takings, 0 as taken, 0 as refunds,
                   0 as refunds_minor
              from payments p
             where p.status in ('CAPTURED', 'REFUNDED') and (p_shop is null or p.shop_id = p_shop)
            union all
            select p.shop_id, coalesce(i.issued_at, p.updated_at), p.currency, 0, 0, 0, 1,
                   p.captured_minor + p.extra_minor, 0, 0
              from payments p left join invoices i on i.payment_id = p.id
             where p.status in ('CAPTURED', 'REFUNDED') and (p_shop is null or p.shop_id = p_shop)
            union all
            select p.shop_id, r.completed_at, p.currency, 0, 0, 0, 0, 0, 1, r.amount_minor
              from payment_refunds r join payments p on p.id = r.payment_id
             where r.status = 'DONE' and r.completed_at is not null
               and (p_shop is null or p.shop_id = p_shop)) m
      join shops s on s.id = m.shop_id
     group by 1, 2, 3, 4;
end
$$;

-- A shop's days move with its zone; a service's bookings move with its category.
create function analytics_summaries_on_shop_zone() returns trigger
language plpgsql as $$
begin
    perform booking_days_rebuild(new.id);
    perform payment_days_rebuild(new.id);
    return null;
end
$$;

create trigger analytics_summaries_shop_zone_changed
    after update of time_zone on shops
    for each row when (old.time_zone is distinct from new.time_zone)
    execute function analytics_summaries_on_shop_zone();

create function analytics_summaries_on_category() returns trigger
language plpgsql as $$
begin
    perform booking_days_rebuild(new.shop_id);
    return null;
end
$$;

create trigger analytics_summaries_category_changed
    after update of category on offerings
    for each row when (old.category is distinct from new.category)
    execute function analytics_summaries_on_category();

select booking_days_rebuild(null);
select payment_days_rebuild(null);
