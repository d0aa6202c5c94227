--liquibase formatted sql

--changeset otopair:0024-one-successor-one-hold
-- A booking is moved at most once: the move ends it (RESCHEDULED) in the transaction that writes
-- its successor, and only a CONFIRMED booking can be moved, so a second row with the same
-- rescheduled_from is always a lost race, whatever became of the first successor since. The index
-- is therefore on every successor, not only the active ones: a cancelled successor must not let
-- the original be moved again. Successors left by that race before this change stay bookings of
-- their own; only the earliest keeps the link.
update bookings b set rescheduled_from = null
where b.rescheduled_from is not null
  and exists (select 1 from bookings first
              where first.rescheduled_from = b.rescheduled_from
                and (first.created_at, first.id) < (b.created_at, b.id));

create unique index bookings_rescheduled_from_idx on bookings (rescheduled_from)
    where rescheduled_from is not null;

-- One live hold per customer: a new hold releases the earlier one. Holds left over by the race
-- this closes are released, the newest kept.
update bookings b set status = 'EXPIRED', hold_expires_at = null, version = version + 1
where b.status = 'HELD'
  and exists (select 1 from bookings newer
              where newer.customer_id = b.customer_id and newer.status = 'HELD'
                and (newer.created_at, newer.id) > (b.created_at, b.id));

create unique index bookings_customer_id_held_idx on bookings (customer_id) where status = 'HELD';
