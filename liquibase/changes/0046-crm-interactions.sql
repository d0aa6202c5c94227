--liquibase formatted sql

--changeset otopair:0046-crm-interactions
-- Every interaction of a customer with Otopair that the CRM funnel counts, recorded by the crm
-- module's listeners from the other modules' events (never from views). One row per business fact:
-- (kind, subject_id) is unique, so a replayed or concurrently re-run event records nothing twice.
-- subject_id is the fact's own id (the session, the booking, the review, the upsell shown). The
-- entry point says where the customer's journey came in (talk now, a shop's page, find, an upsell,
-- a follow-up); shop_id is the shop it concerns, when one does.
create table crm_interactions (
    id           uuid         primary key,
    customer_id  uuid         not null references users (id) on delete cascade,
    kind         varchar(24)  not null,
    subject_id   uuid         not null,
    shop_id      uuid         references shops (id) on delete cascade,
    entry_point  varchar(24)  not null,
    occurred_at  timestamptz  not null,
    recorded_at  timestamptz  not null default now(),
    constraint crm_interactions_kind check (kind in ('INTAKE_STARTED', 'SESSION', 'SUMMARY_VIEWED',
        'UPSELL_SHOWN', 'UPSELL_CLICKED', 'BOOKING', 'FOLLOW_UP', 'REVIEW')),
    constraint crm_interactions_entry_point check (entry_point in ('TALK_NOW', 'SHOP_PAGE', 'FIND',
        'UPSELL', 'FOLLOW_UP', 'PHONE', 'OTHER')),
    constraint crm_interactions_fact unique (kind, subject_id)
);
create index crm_interactions_occurred_at_idx on crm_interactions (occurred_at);
create index crm_interactions_customer_id_occurred_at_idx on crm_interactions (customer_id, occurred_at);
create index crm_interactions_shop_id_occurred_at_idx on crm_interactions (shop_id, occurred_at);
