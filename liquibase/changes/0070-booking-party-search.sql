--liquibase formatted sql

--changeset otopair:0070-booking-party-search splitStatements:false
-- The admins' console, sorted by shop, finds a word that many shop names hold (a third of a million
-- bookings say "garage") without sorting all of them: the bookings of the shops whose name holds it
-- are read in order from the shop-name index, and the few others whose customer, mechanic or
-- service holds it come from this index, which leaves the shop's name out. booking_folded folds
-- as bookings.search_text does (lower case, accents off).
create function booking_folded(value text) returns text
language sql immutable parallel safe
as $$ select translate(lower(value), 'àâäáãåçéèêëíìîïñóòôöõúùûüýÿœæ', 'aaaaaaceeeeiiiinooooouuuuyyoa') $$;

create index bookings_party_text_idx on bookings using gin (
    booking_folded(customer_name || ' ' || customer_email || ' ' || mechanic_name || ' ' || service_name)
    gin_trgm_ops);
