--liquibase formatted sql

--changeset otopair:0058-crm-cohort-weeks splitStatements:false
-- The CRM's weekly cohorts over long ranges without reading every interaction: what
-- CrmReports.cohorts counts, kept exact by the database. A scope is one shop (its interactions,
-- weeks in the shop's time zone) or every shop (the nil uuid: every interaction, weeks in UTC),
-- as CrmReports.zoneOf picks them. For each scope:
--   crm_cohort_weeks: the weeks (Monday to Sunday) in which each customer had an interaction;
--   crm_cohort_firsts: each customer's first such week (the cohort they belong to);
--   crm_cohort_sizes: per cohort week and following week (0 to 8, CrmReports.COHORT_WEEKS), how
--   many of its customers had an interaction in it.
-- A customer's cohort is their first week ever in the scope, so "came in that week" and "no
-- interaction before the range" are both read from it. Kept by triggers: an interaction inserted
-- (only rows actually inserted: ON CONFLICT DO NOTHING fires no AFTER trigger) adds its week and,
-- when the week is new, one customer to one size, or moves the customer to an earlier cohort; a
-- deleted or moved interaction (a user's or shop's deletion cascades) recounts its customer; a
-- shop's new time zone recounts the shop. Each customer's first-week row is locked while their
-- sizes change, so concurrent interactions of one customer count once.
create table crm_cohort_weeks (
    scope_id    uuid not null,
    customer_id uuid not null,
    week        date not null,
    primary key (scope_id, customer_id, week),
    constraint crm_cohort_weeks_monday check (extract(isodow from week) = 1)
);

create table crm_cohort_firsts (
    scope_id    uuid not null,
    customer_id uuid not null,
    week        date not null,
    primary key (scope_id, customer_id),
    constraint crm_cohort_firsts_monday check (extract(isodow from week) = 1)
);

create table crm_cohort_sizes (
    scope_id     uuid    not null,
    week         date    not null,
    offset_weeks integer not null,
    customers    bigint  not null,
    primary key (scope_id, week, offset_weeks),
    constraint crm_cohort_sizes_offset check (offset_weeks between 0 and 8),
    constraint crm_cohort_sizes_not_negative check (customers >= 0)
);

-- The time zone a scope's weeks are in: UTC for every shop, else the shop's (null when it is gone).
create function crm_cohort_zone(scope uuid) returns text
language sql stable as $$
    select case when scope = '00000000-0000-0000-0000-000000000000' then 'UTC'
                else (select time_zone from shops where id = scope) end
$$;

-- Adds (sign 1) or takes out (sign -1) what one customer's weeks count in their cohort. A size is
-- only ever taken out after it was added (a proposed negative row would break the check).
create function crm_cohort_count(scope uuid, customer uuid, sign integer) returns void
language plpgsql as $$
begin
    if sign > 0 then
        insert into crm_cohort_sizes as c (scope_id, week, offset_weeks, customers)
        select f.scope_id, f.week, (w.week - f.week) / 7, 1
        from crm_cohort_firsts f
        join crm_cohort_weeks w on w.scope_id = f.scope_id and w.customer_id = f.customer_id
        where f.scope_id = scope and f.customer_id = customer
          and w.week >= f.week and w.week <= f.week + 56
        order by 1, 2, 3
        on conflict (scope_id, week, offset_weeks) do update set customers = c.customers + 1;
    else
        update crm_cohort_sizes c set customers = c.customers - 1
        from crm_cohort_firsts f
        join crm_cohort_weeks w on w.scope_id = f.scope_id and w.customer_id = f.customer_id
        where f.scope_id = scope and f.customer_id = customer
          and w.week >= f.week and w.week <= f.week + 56
          and c.scope_id = f.scope_id and c.week = f.week
          and c.offset_weeks = (w.week - f.week) / 7;
    end if;
end
$$;

-- One interaction more for the customer in the scope, in the given week.
create function crm_cohort_add(scope uuid, customer uuid, at_week date) returns void
language plpgsql as $$
declare
    first_week date;
begin
    insert into crm_cohort_firsts (scope_id, customer_id, week) values (scope, customer, at_week)
    on conflict (scope_id, customer_id) do nothing;
    if found then
        insert into crm_cohort_weeks (scope_id, customer_id, week) values (scope, customer, at_week)
        on conflict do nothing;
        perform crm_cohort_count(scope, customer, 1);
        return;
    end if;
    select week into first_week from crm_cohort_firsts
    where scope_id = scope and customer_id = customer for update;
    if at_week < first_week then
        perform crm_cohort_count(scope, customer, -1);
        insert into crm_cohort_weeks (scope_id, customer_id, week) values (scope, customer, at_week)
        on conflict do nothing;
        update crm_cohort_firsts set week = at_week where scope_id = scope and customer_id = customer;
        perform crm_cohort_count(scope, customer, 1);
        return;
    end if;
    insert into crm_cohort_weeks (scope_id, customer_id, week) values (scope, customer, at_week)
    on conflict do nothing;
    if found and at_week <= first_week + 56 then
        insert into crm_cohort_sizes as c (scope_id, week, offset_weeks, customers)
        values (scope, first_week, (at_week - first_week) / 7, 1)
        on conflict (scope_id, week, offset_weeks) do update set customers = c.customers + 1;
    end if;
end
$$;

-- Counts the customer again in the scope from their interactions.
create function crm_cohort_recount(scope uuid, customer uuid) returns void
language plpgsql as $$
declare
    zone text := crm_cohort_zone(scope);
begin
    perform 1 from crm_cohort_firsts where scope_id = scope and customer_id = customer for update;
    perform crm_cohort_count(scope, customer, -1);
    delete from crm_cohort_weeks where scope_id = scope and customer_id = customer;
    delete from crm_cohort_firsts where scope_id = scope and customer_id = customer;
    if zone is null then
        return;
    end if;
    insert into crm_cohort_weeks (scope_id, customer_id, week)
    select distinct scope, customer, cast(date_trunc('week', i.occurred_at at time zone zone) as date)
    from crm_interactions i
    where i.customer_id = customer
      and (scope = '00000000-0000-0000-0000-000000000000' or i.shop_id = scope);
    insert into crm_cohort_firsts (scope_id, customer_id, week)
    select scope, customer, min(week) from crm_cohort_weeks
    where scope_id = scope and customer_id = customer
    having count(*) > 0;
    perform crm_cohort_count(scope, customer, 1);
end
$$;

-- Counts every customer of one shop again (its new time zone), or of every scope (shop null).
create function crm_cohort_fill(shop uuid) returns void
language plpgsql as $$
begin
    delete from crm_cohort_sizes where shop is null or scope_id = shop;
    delete from crm_cohort_firsts where shop is null or scope_id = shop;
    delete from crm_cohort_weeks where shop is null or scope_id = shop;
    insert into crm_cohort_weeks (scope_id, customer_id, week)
    select distinct '00000000-0000-0000-0000-000000000000'::uuid, i.customer_id,
           cast(date_trunc('week', i.occurred_at at time zone 'UTC') as date)
    from crm_interactions i
    where shop is null;
    insert into crm_cohort_weeks (scope_id, customer_id, week)
    select distinct i.shop_id, i.customer_id,
           cast(date_trunc('week', i.occurred_at at time zone s.time_zone) as date)
    from crm_interactions i join shops s on s.id = i.shop_id
    where shop is null or i.shop_id = shop;
    insert into crm_cohort_firsts (scope_id, customer_id, week)
    select scope_id, customer_id, min(week) from crm_cohort_weeks
    where shop is null or scope_id = shop
    group by scope_id, customer_id;
    insert into crm_cohort_sizes (scope_id, week, offset_weeks, customers)
    select f.scope_id, f.week, (w.week - f.week) / 7, count(*)
    from crm_cohort_firsts f
    join crm_cohort_weeks w on w.scope_id = f.scope_id and w.customer_id = f.customer_id
    where (shop is null or f.scope_id = shop) and w.week <= f.week + 56
    group by 1, 2, 3;
end
$$;

create function crm_cohort_keep() returns trigger
language plpgsql as $$
declare
    everyone constant uuid := '00000000-0000-0000-0000-000000000000';
begin
    if tg_op = 'UPDATE'
       and (old.customer_id, old.shop_id, old.occurred_at)
           is not distinct from (new.customer_id, new.shop_id, new.occurred_at) then
        return null;
    end if;
    if tg_op = 'INSERT' then
        perform crm_cohort_add(everyone, new.customer_id,
            cast(date_trunc('week', new.occurred_at at time zone 'UTC') as date));
        if new.shop_id is not null then
            perform crm_cohort_add(new.shop_id, new.customer_id,
                cast(date_trunc('week', new.occurred_at
                    at time zone crm_cohort_zone(new.shop_id)) as date));
        end if;
        return null;
    end if;
    perform crm_cohort_recount(everyone, old.customer_id);
    if old.shop_id is not null then
        perform crm_cohort_recount(old.shop_id, old.customer_id);
    end if;
    if tg_op = 'UPDATE' then
        if new.customer_id <> old.customer_id then
            perform crm_cohort_recount(everyone, new.customer_id);
        end if;
        if new.shop_id is not null
           and (new.shop_id, new.customer_id) is distinct from (old.shop_id, old.customer_id) then
            perform crm_cohort_recount(new.shop_id, new.customer_id);
        end if;
    end if;
    return null;
end
$$;

create trigger crm_interactions_cohorts
    after insert or update or delete on crm_interactions
    for each row execute function crm_cohort_keep();

create function crm_cohort_rezone() returns trigger
language plpgsql as $$
begin
    perform crm_cohort_fill(new.id);
    return null;
end
$$;

create trigger shops_cohort_zone
    after update of time_zone on shops
    for each row when (old.time_zone is distinct from new.time_zone)
    execute function crm_cohort_rezone();

select crm_cohort_fill(null);

-- A customer's upsells on their home: each vehicle's last service per maintenance rule reads the
-- vehicle's own bookings (MaintenanceUpsells.due; it read every booking once per vehicle and rule:
-- 300 ms for the busiest customer at 100,000 bookings, now 2 ms), and the premium session offer
-- finds the customer's latest ended session directly (UpsellSources.premium: 87 ms, now 0.3 ms).
create index bookings_vehicle_id_starts_at_idx on bookings (vehicle_id, starts_at)
    include (offering_id, status);
create index consult_sessions_customer_id_ended_at_idx on consult_sessions (customer_id, ended_at desc)
    where status = 'ENDED';
