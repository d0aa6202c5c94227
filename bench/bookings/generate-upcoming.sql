-- The bookings still to come, which the past million cannot be (one mechanic's generated times
-- overlap): every mechanic of every shop with a service gets a confirmed booking each hour from
-- 13:00 to 20:00 UTC on each of the next :days days, for a customer drawn in turn, wherever that
-- mechanic has nothing booked yet. About 8 × :days per mechanic.
\set days 30
create table bench_upcoming_customers as
select row_number() over (order by id) as n, id from users where role = 'CUSTOMER';
insert into bookings (id, shop_id, mechanic_id, customer_id, offering_id, service_name, status,
                      starts_at, ends_at, blocked_from, blocked_until, price_minor, currency,
                      multiplier, created_at, confirmed_at, source)
select md5('bench-upcoming-' || m.shop_id || m.user_id || d || h)::uuid, m.shop_id, m.user_id,
       c.id, o.id, o.name, 'CONFIRMED',
       date_trunc('day', now()) + d * interval '1 day' + h * interval '1 hour',
       date_trunc('day', now()) + d * interval '1 day' + (h + 1) * interval '1 hour',
       date_trunc('day', now()) + d * interval '1 day' + h * interval '1 hour',
       date_trunc('day', now()) + d * interval '1 day' + (h + 1) * interval '1 hour',
       o.price_minor, o.currency, 1, now() - (d % 9) * interval '1 day',
       now() - (d % 9) * interval '1 day',
       case when (d + h) % 10 = 0 then 'PHONE' else 'WEB' end
  from shop_members m
  join lateral (select id, name, price_minor, currency from offerings
                 where shop_id = m.shop_id order by id limit 1) o on true
  cross join generate_series(1, :days) as d
  cross join generate_series(13, 20) as h
  join bench_upcoming_customers c
    on c.n = 1 + (abs(hashtext(m.user_id::text)) + d * 8 + h) % (select count(*) from bench_upcoming_customers)
 where m.role in ('MECHANIC', 'OWNER')
   and not exists (
       select 1 from bookings b
        where b.mechanic_id = m.user_id and b.status in ('HELD', 'CONFIRMED')
          and tstzrange(b.blocked_from, b.blocked_until)
              && tstzrange(date_trunc('day', now()) + d * interval '1 day' + h * interval '1 hour',
                           date_trunc('day', now()) + d * interval '1 day' + (h + 1) * interval '1 hour'))
on conflict do nothing;
drop table bench_upcoming_customers;
vacuum analyze bookings;
