-- One million bookings over two years on the demo's shops (each with its first service, its first
-- mechanic and its currency; 60% completed, 10% each cancelled, no-show, moved and expired, and
-- 3% taken by phone, 5% through the API, 1% from a waitlist, the rest on the web, each drawn by a
-- hash of the row number so that neither follows the dates), the completed ones with their job (its start and completion in the
-- job's history, one approved line) and their payment. Ids are derived from the row number, so a
-- booking's job and payment find it. No booking is CONFIRMED or HELD (the generated times of one
-- mechanic overlap, which the exclusion constraint allows only for other statuses).
\set count 1000000
-- The daily summaries (Liquibase 0053) are kept by row triggers; a million rows through them would
-- take the generation from a minute to many (each row upserts its day under the shop's lock). So
-- the generator turns those triggers off for its bulk inserts and recounts the summaries from every
-- row at the end (booking_days_rebuild, payment_days_rebuild): exact, in one pass.
alter table bookings disable trigger booking_days_changed;
alter table payments disable trigger payment_days_payment_changed;
create table bench_shops as
select row_number() over (order by s.id) as n, s.id as shop_id, s.name,
       (select o.id from offerings o where o.shop_id = s.id order by o.id limit 1) as offering_id,
       (select o.currency from offerings o where o.shop_id = s.id order by o.id limit 1) as currency,
       (select m.user_id from shop_members m where m.shop_id = s.id
         order by m.role = 'MECHANIC' desc, m.joined_at limit 1) as mechanic_id
  from shops s
 where exists (select 1 from offerings o where o.shop_id = s.id);
create table bench_customers as
select row_number() over (order by id) as n, id, display_name from users where role = 'CUSTOMER';
insert into bookings (id, shop_id, mechanic_id, customer_id, offering_id, service_name, status,
                      starts_at, ends_at, blocked_from, blocked_until, price_minor, currency,
                      multiplier, cancelled_late, created_at, source)
select md5('bench-booking-' || g)::uuid, s.shop_id, s.mechanic_id, c.id, s.offering_id,
       'Bench service',
       (array['COMPLETED', 'COMPLETED', 'COMPLETED', 'COMPLETED', 'COMPLETED', 'COMPLETED',
              'CANCELLED', 'NO_SHOW', 'RESCHEDULED', 'EXPIRED'])[1 + abs(hashint4(g)) % 10],
       date_trunc('hour', now()) - ((g % 730) * interval '1 day') - ((g % 600) * interval '1 minute'),
       date_trunc('hour', now()) - ((g % 730) * interval '1 day') - ((g % 600) * interval '1 minute') + interval '1 hour',
       date_trunc('hour', now()) - ((g % 730) * interval '1 day') - ((g % 600) * interval '1 minute'),
       date_trunc('hour', now()) - ((g % 730) * interval '1 day') - ((g % 600) * interval '1 minute') + interval '1 hour',
       5000 + (g % 200) * 100, s.currency, 1, abs(hashint4(g)) % 10 = 6 and g % 2 = 0,
       date_trunc('hour', now()) - ((g % 730) * interval '1 day') - interval '3 days',
       case when abs(hashint4(g + 7)) % 100 < 3 then 'PHONE'
            when abs(hashint4(g + 7)) % 100 < 8 then 'API'
            when abs(hashint4(g + 7)) % 100 = 8 then 'WAITLIST' else 'WEB' end
  from generate_series(1, :count) as g
  join bench_shops s on s.n = 1 + (g::bigint * 7919) % (select count(*) from bench_shops)
  join bench_customers c on c.n = 1 + (g::bigint * 104729) % (select count(*) from bench_customers);
insert into jobs (id, shop_id, number, shop_name, customer_id, customer_name, title, origin,
                  booking_id, mechanic_id, status, currency, created_at, updated_at)
select md5('bench-job-' || b.id)::uuid, b.shop_id,
       2000000 + row_number() over (order by b.id), s.name, b.customer_id, 'Bench customer',
       'Bench job', 'BOOKING', b.id, b.mechanic_id, 'COMPLETED', b.currency,
       b.starts_at - interval '1 day', b.ends_at
  from bookings b join bench_shops s on s.shop_id = b.shop_id
 where b.service_name = 'Bench service' and b.status = 'COMPLETED';
insert into job_events (id, job_id, at, actor_name, kind, from_status, to_status)
select gen_random_uuid(), j.id, b.starts_at + ((extract(minute from b.starts_at)::int % 20) * interval '1 minute'),
       'Bench', 'STATUS', 'ACCEPTED', 'IN_PROGRESS'
  from jobs j join bookings b on b.id = j.booking_id where j.title = 'Bench job';
insert into job_events (id, job_id, at, actor_name, kind, from_status, to_status)
select gen_random_uuid(), j.id, b.ends_at, 'Bench', 'STATUS', 'IN_PROGRESS', 'COMPLETED'
  from jobs j join bookings b on b.id = j.booking_id where j.title = 'Bench job';
insert into job_lines (id, job_id, position, kind, description, quantity, unit_price_minor, approval)
select gen_random_uuid(), j.id, 1, 'LABOUR', 'Bench work', 1.5, 9000, 'APPROVED'
  from jobs j where j.title = 'Bench job';
insert into payments (id, shop_id, customer_id, subject_kind, subject_id, description, gateway,
                      status, currency, amount_minor, captured_minor, refunded_minor, created_at,
                      updated_at)
select md5('bench-payment-' || b.id)::uuid, b.shop_id, b.customer_id, 'BOOKING', b.id,
       'Bench payment', 'OFFLINE', case when b.price_minor % 7 = 0 then 'REFUNDED' else 'CAPTURED' end,
       b.currency, b.price_minor, b.price_minor,
       case when b.price_minor % 7 = 0 then b.price_minor else 0 end, b.ends_at, b.ends_at
  from bookings b where b.service_name = 'Bench service' and b.status = 'COMPLETED';
alter table bookings enable trigger booking_days_changed;
alter table payments enable trigger payment_days_payment_changed;
select booking_days_rebuild(null);
select payment_days_rebuild(null);
drop table bench_shops;
drop table bench_customers;
vacuum analyze bookings;
vacuum analyze jobs;
vacuum analyze job_events;
vacuum analyze job_lines;
vacuum analyze payments;
vacuum analyze booking_days;
vacuum analyze payment_days;
