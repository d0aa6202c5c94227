--liquibase formatted sql

--changeset otopair:0038-payment-extras
-- Money charged on top of a payment's first charge, each time on its own Stripe intent on the card
-- the first one saved: the work a job approved above its booking's price (once), a live session's
-- accepted extra time (once per offer, so possibly several). payments.extra_minor stays their total.
-- A refund takes money from the first charge first, then from the extra charges in the order they
-- were charged, starting where the refunds before it stopped (extra_offset_minor, recorded under
-- the payment's lock), so a retry of a refund asks Stripe for the same amounts under the same keys.
create table payment_extras (
    id            uuid          primary key,
    version       bigint        not null default 0,
    payment_id    uuid          not null references payments (id),
    position      integer       not null,
    intent_id     varchar(255)  not null,
    amount_minor  bigint        not null,
    charged_at    timestamptz   not null,
    constraint payment_extras_position_unique unique (payment_id, position),
    constraint payment_extras_intent_unique unique (intent_id),
    constraint payment_extras_position_positive check (position > 0),
    constraint payment_extras_amount_positive check (amount_minor > 0)
);

-- The extra charges made so far (at most one per payment) move to the new table.
insert into payment_extras (id, payment_id, position, intent_id, amount_minor, charged_at)
select gen_random_uuid(), id, 1, extra_intent_id, extra_minor, updated_at
from payments
where extra_intent_id is not null and extra_minor > 0;
alter table payments drop column extra_intent_id;

alter table payment_refunds add column extra_offset_minor bigint not null default 0;
update payment_refunds r
set extra_offset_minor = before.minor
from (
    select id, coalesce(sum(from_extra_minor) over (
        partition by payment_id order by created_at, id
        rows between unbounded preceding and 1 preceding), 0) as minor
    from payment_refunds
) before
where before.id = r.id;
alter table payment_refunds add constraint payment_refunds_extra_offset_positive
    check (extra_offset_minor >= 0);
