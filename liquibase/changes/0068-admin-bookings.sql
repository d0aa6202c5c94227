--liquibase formatted sql

--changeset otopair:0068-admin-bookings splitStatements:false
-- The admins' bookings console (AdminBookings) searches and sorts every shop's bookings by names
-- that live in users and shops. At a million bookings a join per page cannot sort by them, so the
-- names are copied onto each booking and kept right by the database itself:
-- * a BEFORE INSERT trigger fills them from the shop, the customer and the mechanic, so every way
--   of writing a booking (the services, fixtures, bench generators) keeps working unchanged;
-- * a change of mechanic (or of the customer or shop, which the code never does) refills them;
-- * a rename, a new email, or an account's anonymisation on deletion (users), and a shop's new
--   name or zone (shops), are written onto their bookings in the same transaction.
-- shop_zone is the shop's time zone: the console shows each booking's time in its shop's zone and
-- filters by the days of that zone. search_text is what the console's search box looks into: the
-- names, the email and the service, lower-cased without accents (as Searches.folded types them).
alter table bookings add column shop_name varchar(120);
alter table bookings add column shop_zone varchar(60);
alter table bookings add column customer_name varchar(120);
alter table bookings add column customer_email varchar(254);
alter table bookings add column mechanic_name varchar(120);

update bookings b
   set shop_name = s.name, shop_zone = s.time_zone,
       customer_name = c.display_name, customer_email = c.email, mechanic_name = m.display_name
  from shops s, users c, users m
 where s.id = b.shop_id and c.id = b.customer_id and m.id = b.mechanic_id;

alter table bookings alter column shop_name set not null;
alter table bookings alter column shop_zone set not null;
alter table bookings alter column customer_name set not null;
alter table bookings alter column customer_email set not null;
alter table bookings alter column mechanic_name set not null;
alter table bookings add column search_text text generated always as (
    translate(lower(customer_name || ' ' || customer_email || ' ' || shop_name || ' '
                    || mechanic_name || ' ' || service_name),
              'àâäáãåçéèêëíìîïñóòôöõúùûüýÿœæ', 'aaaaaaceeeeiiiinooooouuuuyyoa')) stored;

create function bookings_fill_names() returns trigger
language plpgsql as $$
begin
    select s.name, s.time_zone into new.shop_name, new.shop_zone from shops s where s.id = new.shop_id;
    select u.display_name, u.email into new.customer_name, new.customer_email
      from users u where u.id = new.customer_id;
    select u.display_name into new.mechanic_name from users u where u.id = new.mechanic_id;
    return new;
end
$$;

create trigger bookings_names_filled
    before insert on bookings
    for each row execute function bookings_fill_names();

create trigger bookings_names_refilled
    before update of shop_id, customer_id, mechanic_id on bookings
    for each row
    when ((old.shop_id, old.customer_id, old.mechanic_id)
          is distinct from (new.shop_id, new.customer_id, new.mechanic_id))
    execute function bookings_fill_names();

create function users_names_to_bookings() returns trigger
language plpgsql as $$
begin
    update bookings set customer_name = new.display_name, customer_email = new.email
     where customer_id = new.id
       and (customer_name, customer_email) is distinct from (new.display_name, new.email);
    if new.display_name is distinct from old.display_name then
        update bookings set mechanic_name = new.display_name
         where mechanic_id = new.id and mechanic_name is distinct from new.display_name;
    end if;
    return null;
end
$$;

create trigger users_names_to_bookings
    after update of display_name, email on users
    for each row
    when ((old.display_name, old.email) is distinct from (new.display_name, new.email))
    execute function users_names_to_bookings();

create function shops_names_to_bookings() returns trigger
language plpgsql as $$
begin
    update bookings set shop_name = new.name, shop_zone = new.time_zone
     where shop_id = new.id
       and (shop_name, shop_zone) is distinct from (new.name, new.time_zone);
    return null;
end
$$;

create trigger shops_names_to_bookings
    after update of name, time_zone on shops
    for each row
    when ((old.name, old.time_zone) is distinct from (new.name, new.time_zone))
    execute function shops_names_to_bookings();

-- One btree per order of the console, each ending with the id (the tie-break), read forwards for
-- one direction and backwards for the other; a status or a source filter reads its own, newest
-- first. A shop's bookings by time already have bookings_shop; a renamed mechanic finds theirs by
-- bookings_mechanic_id_idx (bookings_mechanic_active holds only the active ones).
create index bookings_starts_at_id_idx on bookings (starts_at, id);
create index bookings_created_at_id_idx on bookings (created_at, id);
create index bookings_shop_name_id_idx on bookings (shop_name, id);
create index bookings_customer_name_id_idx on bookings (customer_name, id);
create index bookings_status_starts_at_id_idx on bookings (status, starts_at, id);
create index bookings_source_starts_at_id_idx on bookings (source, starts_at, id);
create index bookings_mechanic_id_idx on bookings (mechanic_id);
create index bookings_search_text_idx on bookings using gin (search_text gin_trgm_ops);
-- The console's payment column reads the payments of a page of bookings at once, the ended ones
-- too (payments_one_live_per_subject holds only the live ones).
create index payments_subject_id_idx on payments (subject_id, created_at);

--changeset otopair:0068-admin-bookings-name-orders
-- Within a shop's or a customer's name the console orders by start, as it does within a status, so
-- one shop's bookings sorted by the shop's name read from bookings_shop (the name is the same for
-- all); these replace the name indexes of the changeset above.
drop index bookings_shop_name_id_idx;
drop index bookings_customer_name_id_idx;
create index bookings_shop_name_starts_at_id_idx on bookings (shop_name, starts_at, id);
create index bookings_customer_name_starts_at_id_idx on bookings (customer_name, starts_at, id);
