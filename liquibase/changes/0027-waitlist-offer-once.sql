--liquibase formatted sql

--changeset otopair:0027-waitlist-offer-once
-- The booking whose freed time a waitlist entry was offered: one offer per freed booking, so the
-- outbox delivering its SlotsFreed again, or two runs at once, offer nothing more, while two
-- cancellations of one day still make two offers. Entries offered before this change have none.
alter table waitlist_entries add column offered_for_booking uuid references bookings (id);
alter table waitlist_entries add constraint waitlist_entries_one_offer_per_freed_booking
    unique (offered_for_booking);
