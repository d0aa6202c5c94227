--liquibase formatted sql

--changeset otopair:0020-payments
-- How each shop takes money: online (required or optional) or only at the shop, what a late
-- cancellation refunds, and the Stripe Connect account its payouts go to.
create table shop_payment_settings (
    shop_id              uuid         primary key references shops (id) on delete cascade,
    version              bigint       not null default 0,
    mode                 varchar(10)  not null default 'OFF',
    late_refund_percent  integer      not null default 50,
    account_id           varchar(64)  unique,
    account_status       varchar(10)  not null default 'NONE',
    account_checked_at   timestamptz,
    updated_at           timestamptz  not null,
    constraint shop_payment_mode_known check (mode in ('OFF', 'OPTIONAL', 'REQUIRED')),
    constraint shop_payment_late_refund_range check (late_refund_percent between 0 and 100),
    constraint shop_payment_account_status_known check (account_status in ('NONE', 'PENDING', 'ENABLED'))
);

-- Something paid: a booking or a job today; a remote session or a follow-up question next. Amounts are
-- minor units. What was captured, charged on top, refunded or released never exceeds what it may.
create table payments (
    id                   uuid          primary key,
    version              bigint        not null default 0,
    shop_id              uuid          not null references shops (id),
    customer_id          uuid          not null references users (id),
    subject_kind         varchar(20)   not null,
    subject_id           uuid          not null,
    description          varchar(200)  not null,
    gateway              varchar(10)   not null,
    status               varchar(12)   not null,
    currency             varchar(3)    not null,
    amount_minor         bigint        not null,
    captured_minor       bigint        not null default 0,
    extra_minor          bigint        not null default 0,
    refunded_minor       bigint        not null default 0,
    released_minor       bigint        not null default 0,
    fee_minor            bigint        not null default 0,
    account_id           varchar(64),
    checkout_session_id  varchar(255)  unique,
    checkout_url         text,
    payment_intent_id    varchar(255)  unique,
    extra_intent_id      varchar(255),
    card_brand           varchar(20),
    card_last4           varchar(4),
    authorized_at        timestamptz,
    failure              varchar(300),
    created_at           timestamptz   not null,
    updated_at           timestamptz   not null,
    constraint payments_subject_known check (subject_kind in ('BOOKING', 'JOB', 'SESSION', 'QUESTION')),
    constraint payments_gateway_known check (gateway in ('STRIPE', 'OFFLINE')),
    constraint payments_status_known check (status in
        ('PENDING', 'DUE', 'AUTHORIZED', 'CAPTURED', 'REFUNDED', 'CANCELLED', 'EXPIRED')),
    constraint payments_amounts_sane check (
        amount_minor >= 0 and captured_minor >= 0 and extra_minor >= 0 and refunded_minor >= 0
        and released_minor >= 0 and fee_minor >= 0
        and captured_minor + released_minor <= amount_minor
        and refunded_minor <= captured_minor + extra_minor)
);
-- One live payment per thing paid; an expired or cancelled checkout may be followed by another.
create unique index payments_one_live_per_subject on payments (subject_kind, subject_id)
    where status not in ('EXPIRED', 'CANCELLED');
create index payments_shop_newest on payments (shop_id, created_at desc);
create index payments_customer on payments (customer_id, created_at desc);
create index payments_newest on payments (created_at desc, id);
-- Card holds to renew before the card network lets them lapse.
create index payments_holds on payments (authorized_at) where status = 'AUTHORIZED';

-- Money given back: by the shop's cancellation policy, by an admin (with a reason), or when an
-- admin force-cancels. Each is one gateway refund per charge it comes from (the booking's and the
-- one for work above it, split when it is asked for), keyed by this row's id.
create table payment_refunds (
    id                 uuid          primary key,
    version            bigint        not null default 0,
    payment_id         uuid          not null references payments (id),
    amount_minor       bigint        not null,
    from_first_minor   bigint        not null,
    from_extra_minor   bigint        not null,
    kind               varchar(12)   not null,
    reason             varchar(500)  not null,
    requested_by       uuid          references users (id),
    status             varchar(10)   not null,
    gateway_refund_id  varchar(255),
    created_at         timestamptz   not null,
    completed_at       timestamptz,
    constraint payment_refunds_positive check (amount_minor > 0),
    constraint payment_refunds_split check (
        from_first_minor >= 0 and from_extra_minor >= 0
        and from_first_minor + from_extra_minor = amount_minor),
    constraint payment_refunds_kind_known check (kind in ('POLICY', 'ADMIN', 'FORCE_CANCEL')),
    constraint payment_refunds_status_known check (status in ('REQUESTED', 'DONE')),
    constraint payment_refunds_reason_not_blank check (length(trim(reason)) > 0)
);
create index payment_refunds_payment on payment_refunds (payment_id, created_at);

-- Every Stripe event once, by its id; handled through the outbox.
create table stripe_events (
    id            varchar(255)  primary key,
    type          varchar(100)  not null,
    object_id     varchar(255),
    created       timestamptz   not null,
    payload       text          not null,
    received_at   timestamptz   not null,
    processed_at  timestamptz
);
create index stripe_events_received on stripe_events (received_at desc);

-- Invoices and receipts: one per payment, numbered without gaps per shop.
create table invoices (
    id          uuid         primary key,
    shop_id     uuid         not null references shops (id),
    payment_id  uuid         not null unique references payments (id),
    number      integer      not null,
    issued_at   timestamptz  not null,
    constraint invoices_number_per_shop unique (shop_id, number),
    constraint invoices_number_positive check (number > 0)
);
create table invoice_counters (
    shop_id uuid    primary key references shops (id) on delete cascade,
    last    integer not null
);
