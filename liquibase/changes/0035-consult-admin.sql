--liquibase formatted sql

--changeset otopair:0035-consult-admin
-- Support's grid of every live session: newest first, searched by customer, mechanic, shop or
-- vehicle. The searched text is one lower-cased column that PostgreSQL keeps current as a mechanic
-- claims or gives back a session, found through a trigram index.
alter table consult_sessions add column search_text text generated always as
    (lower(customer_name || ' ' || coalesce(mechanic_name, '') || ' ' || shop_name || ' ' || vehicle))
    stored;
create index consult_sessions_search_text_idx on consult_sessions using gin (search_text gin_trgm_ops);
create index consult_sessions_requested_at_idx on consult_sessions (requested_at desc, id);
