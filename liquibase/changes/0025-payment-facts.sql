--liquibase formatted sql

--changeset otopair:0025-payment-facts
-- The business facts that move money (this cancellation, this completion), each acted on once: the
-- outbox listener that handles one inserts it, under the payment's lock, before deciding what the
-- money does, in the same transaction as the decision; a re-run finds it and changes nothing.
create table payment_facts (
    fact        varchar(120)  primary key,
    decided_at  timestamptz   not null
);
