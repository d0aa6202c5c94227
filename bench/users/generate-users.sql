-- Adds :count realistic users (default 100000) to an Otopair database, for paging and search
-- benchmarks. Every generated user signs in with the demo password "otopair-demo-2026".
-- Usage: psql "$DATABASE" -v count=100000 -f generate-users.sql
\if :{?count}
\else
  \set count 100000
\endif

with first_names as (
  select array['Emma','Liam','Olivia','Noah','Ava','Lucas','Chloé','Gabriel','Léa','Raphaël','Sofia',
               'Mateo','Zoé','Jules','Maya','Diego','Amélie','Karim','Tyler','Priya','Hannah','Omar',
               'Isabella','Ethan','Camille','Louis','Alice','Nathan','Jade','Hugo'] as names
), last_names as (
  select array['Tremblay','Gagnon','Roy','Côté','Bouchard','Gauthier','Morin','Lavoie','Fortin','Smith',
               'Johnson','Williams','Brown','Garcia','Martinez','Hernandez','Lopez','Wilson','Anderson',
               'Thomas','Patel','Nguyen','Kim','Haddad','Bergeron','Pelletier','Ramirez','Brooks',
               'Lee','Walker'] as names
)
insert into users (id, version, email, display_name, phone, password_hash, role, status,
                   email_verified_at, created_at, last_login_at)
select gen_random_uuid(),
       0,
       lower(translate(f.names[1 + i % 30] || '.' || l.names[1 + (i / 30) % 30],
                       'éèêëàâîïôöûüçÉÈÊËÀÂÎÏÔÖÛÜÇ', 'eeeeaaiioouucEEEEAAIIOOUUC'))
         || '.' || i || '@bench.otopair.test',
       f.names[1 + i % 30] || ' ' || l.names[1 + (i / 30) % 30],
       case when i % 3 = 0 then '+1 512 555 ' || lpad((i % 10000)::text, 4, '0') end,
       -- bcrypt of "otopair-demo-2026"
       '{bcrypt}$2a$10$cl3RVTk4cyIjHKhY/AY06.cvZbk6DL9HtZupVAEkJLG7TR62zv0Ym',
       case when i % 50 = 0 then 'SHOP_OWNER' when i % 10 = 0 then 'MECHANIC' else 'CUSTOMER' end,
       case when i % 97 = 0 then 'SUSPENDED' else 'ACTIVE' end,
       case when i % 7 = 0 then null else now() - (i || ' minutes')::interval end,
       now() - (i || ' minutes')::interval,
       case when i % 4 = 0 then now() - ((i / 2) || ' minutes')::interval end
from generate_series(1, :count) as i, first_names f, last_names l
on conflict do nothing;

analyze users;
select count(*) as users from users;
