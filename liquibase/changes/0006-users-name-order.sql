--liquibase formatted sql

--changeset otopair:0006-users-name-order
-- The admin Users grid sorts by name, often with a role and status filter; with 100,000 users a
-- filtered, name-sorted page took 16 ms without these indexes (bench/users/run.sh).
create index users_display_name_idx on users (display_name, id);
create index users_role_status_name_idx on users (role, status, display_name, id);
