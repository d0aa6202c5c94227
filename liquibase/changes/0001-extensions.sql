--liquibase formatted sql

--changeset otopair:0001-extensions
-- pg_trgm: indexed substring search (users, shops); btree_gist: exclusion constraints on bookings.
create extension if not exists pg_trgm;
create extension if not exists btree_gist;
