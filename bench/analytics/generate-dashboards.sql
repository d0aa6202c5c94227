-- Run after generate-analytics.sql: what the dashboards' tiles read besides bookings, jobs and
-- payments, spread over the same two years on the demo's shops: 100,000 live sessions (claimed by
-- the shop's mechanic, ended), 200,000 reviews of the generated completed bookings, 500,000 CRM
-- interactions, 200,000 mails (one in fifty failed) and every user seen in the last day. The
-- generated jobs were written in SQL, not through their transitions, so their first start and
-- completion are taken from their history and their billed total from their lines here, as
-- Liquibase 0054 does (the database then adds them to the mechanics' quarter-hour sums).
update jobs j
set started_at = s.started
from (select job_id, min(at) as started from job_events where to_status = 'IN_PROGRESS'
      group by job_id) s
where s.job_id = j.id and j.started_at is null;
update jobs j
set completed_at = c.completed,
    billed_minor = coalesce((select round(sum(l.quantity * l.unit_price_minor)) from job_lines l
                             where l.job_id = j.id and l.approval = 'APPROVED'), 0)
from (select job_id, max(at) as completed from job_events where to_status = 'COMPLETED'
      group by job_id) c
where c.job_id = j.id and j.status = 'COMPLETED' and j.completed_at is null;
create table bench_shops as
select row_number() over (order by s.id) as n, s.id as shop_id, s.name,
       (select o.currency from offerings o where o.shop_id = s.id order by o.id limit 1) as currency,
       (select m.user_id from shop_members m where m.shop_id = s.id
         order by m.role = 'MECHANIC' desc, m.joined_at limit 1) as mechanic_id
  from shops s
 where exists (select 1 from offerings o where o.shop_id = s.id);
create table bench_customers as
select row_number() over (order by id) as n, id, display_name from users where role = 'CUSTOMER';
insert into consult_sessions (id, shop_id, shop_name, service_name, mode, customer_id, customer_name,
                              mechanic_id, mechanic_name, vehicle, problem, status, duration_minutes,
                              price_minor, currency, free, wait_limit_minutes, requested_at,
                              queued_at, claimed_at, ends_at, ended_at, end_reason)
select md5('bench-session-' || g)::uuid, s.shop_id, s.name, 'Bench session', 'REMOTE_CHAT', c.id,
       c.display_name, s.mechanic_id, 'Bench mechanic', '2019 Toyota Corolla', 'Bench problem',
       'ENDED', 20, 2500, s.currency, g % 5 = 0, 15, t.at - interval '2 minutes', t.at,
       t.at + (g % 600) * interval '1 second', t.at + interval '20 minutes',
       t.at + interval '20 minutes', 'TIME_UP'
  from generate_series(1, 100000) as g
  cross join lateral (select date_trunc('minute', now()) - interval '1 hour'
                             - (g % 730) * interval '1 day' - (g % 540) * interval '1 minute' as at) t
  join bench_shops s on s.n = 1 + (g::bigint * 7919) % (select count(*) from bench_shops)
  join bench_customers c on c.n = 1 + (g::bigint * 104729) % (select count(*) from bench_customers)
 where s.mechanic_id is not null;
insert into reviews (id, shop_id, mechanic_id, booking_id, customer_id, author_name, service_name,
                     served_at, stars, body, recommend, posted_at)
select md5('bench-review-' || b.id)::uuid, b.shop_id, b.mechanic_id, b.id, b.customer_id,
       'Bench customer', b.service_name, b.ends_at, 1 + (abs(hashtext(b.id::text)) % 5),
       'Bench words', abs(hashtext(b.id::text)) % 5 > 1, b.ends_at + interval '1 day'
  from bookings b
 where b.service_name = 'Bench service' and b.status = 'COMPLETED'
   and abs(hashtext(b.id::text)) % 3 = 0
   and b.ends_at < now() - interval '1 day'
 limit 200000;
insert into crm_interactions (id, customer_id, kind, subject_id, shop_id, entry_point, occurred_at,
                              recorded_at)
select md5('bench-interaction-' || g)::uuid, c.id,
       (array['INTAKE_STARTED', 'INTAKE_STARTED', 'SESSION', 'SUMMARY_VIEWED', 'UPSELL_SHOWN',
              'UPSELL_CLICKED', 'BOOKING', 'BOOKING', 'FOLLOW_UP', 'REVIEW'])[1 + g % 10],
       md5('bench-subject-' || g)::uuid, s.shop_id,
       (array['TALK_NOW', 'SHOP_PAGE', 'FIND', 'UPSELL', 'FOLLOW_UP', 'PHONE', 'OTHER'])[1 + g % 7],
       now() - (g % 730) * interval '1 day' - (g % 1440) * interval '1 minute',
       now() - (g % 730) * interval '1 day'
  from generate_series(1, 500000) as g
  join bench_shops s on s.n = 1 + (g::bigint * 7919) % (select count(*) from bench_shops)
  join bench_customers c on c.n = 1 + (g::bigint * 15485863) % (select count(*) from bench_customers);
insert into mail_log (id, mail_key, recipient, template, subject, status, attempts, last_error,
                      created_at, updated_at, sent_at)
select md5('bench-mail-' || g)::uuid, encode(sha256(('bench-mail-' || g)::bytea), 'hex'),
       'bench-' || g || '@example.test', 'bench', 'Bench mail',
       case when g % 50 = 0 then 'FAILED' else 'SENT' end, 1,
       case when g % 50 = 0 then 'Bench failure' end,
       now() - (g % 730) * interval '1 day', now() - (g % 730) * interval '1 day',
       case when g % 50 = 0 then null else now() - (g % 730) * interval '1 day' end
  from generate_series(1, 200000) as g;
insert into user_activity (user_id, last_seen_at)
select id, now() - (abs(hashtext(id::text)) % 1440) * interval '1 minute' from users
on conflict (user_id) do update set last_seen_at = excluded.last_seen_at;
drop table bench_shops;
drop table bench_customers;
vacuum analyze jobs;
vacuum analyze consult_sessions;
vacuum analyze reviews;
vacuum analyze crm_interactions;
vacuum analyze mail_log;
vacuum analyze user_activity;
