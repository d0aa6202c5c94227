--liquibase formatted sql

--changeset otopair:0074-outbox-no-op-payments
-- A confirmation now reaches the payments' listener only when the booking was moved (a new
-- booking's payment has nothing to follow). One stored before for a new booking would never be
-- delivered again, the listener's condition being false, and would stay unfinished: it had nothing
-- to do, so it is removed.
delete from event_publication
where listener_id = 'com.otopair.payments.BookingPayments.on(com.otopair.booking.BookingConfirmed)'
  and completion_date is null
  and (serialized_event::jsonb ->> 'rescheduledFrom') is null;
