--liquibase formatted sql

--changeset otopair:0050-payments-captured-at splitStatements:false
-- When a payment's money was first taken, so revenue can be counted by the day it came in (in the
-- shop's zone) rather than by when the checkout began or the row last changed. The database stamps
-- it: the first write that makes captured_minor positive copies that write's updated_at (the
-- service's clock), whichever code path captures (a card, the counter, a webhook). Payments
-- captured before this change take their receipt's date, or their last change.
alter table payments add column captured_at timestamptz;

update payments p
set captured_at = coalesce((select i.issued_at from invoices i where i.payment_id = p.id), p.updated_at)
where p.captured_minor > 0;

create function payments_stamp_captured_at() returns trigger
language plpgsql as $$
begin
    if new.captured_minor > 0 and new.captured_at is null
       and (tg_op = 'INSERT' or old.captured_minor = 0) then
        new.captured_at := new.updated_at;
    end if;
    return new;
end
$$;

create trigger payments_captured_at
    before insert or update on payments
    for each row execute function payments_stamp_captured_at();

-- Revenue of a shop over a period: captured payments by the day the money came in.
create index payments_shop_captured_at_idx on payments (shop_id, captured_at)
    where captured_at is not null;
