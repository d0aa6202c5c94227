-- The customers a million bookings come from: :customers of them (about 20 bookings each), named
-- from 30 first and 30 last names and numbered, so that the console's name order and a search by
-- a name or an email meet many people, not the demo's few dozen with 20,000 bookings each.
\set customers 50000
insert into users (id, version, email, display_name, password_hash, role, status,
                   email_verified_at, created_at)
select md5('bench-customer-' || i)::uuid, 0,
       'bench.customer.' || i || '@example.test',
       (array['Emma','Liam','Olivia','Noah','Ava','Lucas','Chloé','Gabriel','Léa','Raphaël','Sofia',
              'Mateo','Zoé','Jules','Maya','Diego','Amélie','Karim','Tyler','Priya','Hannah',
              'Omar','Isabella','Ethan','Camille','Louis','Alice','Nathan','Jade','Hugo'])[1 + abs(hashint4(i)) % 30]
         || ' ' ||
       (array['Tremblay','Gagnon','Roy','Côté','Bouchard','Gauthier','Morin','Lavoie','Fortin',
              'Smith','Johnson','Williams','Brown','Garcia','Martinez','Hernandez','Lopez','Wilson',
              'Anderson','Thomas','Patel','Nguyen','Kim','Haddad','Bergeron','Pelletier','Ramirez',
              'Brooks','Lee','Walker'])[1 + abs(hashint4(i + 1)) % 30] || ' ' || i,
       -- bcrypt of "otopair-demo-2026"
       '{bcrypt}$2a$10$cl3RVTk4cyIjHKhY/AY06.cvZbk6DL9HtZupVAEkJLG7TR62zv0Ym',
       'CUSTOMER', 'ACTIVE', now() - interval '3 years', now() - interval '3 years'
  from generate_series(1, :customers) as i;
vacuum analyze users;
