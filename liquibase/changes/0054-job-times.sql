--liquibase formatted sql

--changeset otopair:0054-job-times splitStatements:false
-- When a job was first started and when it was completed, and what it billed, kept on the job so
-- that mechanics' performance reads one index range instead of the history: started_at is the
-- first move to IN_PROGRESS (a job paused and resumed keeps its first start) and completed_at the
-- move to COMPLETED (final: nothing reopens a completed job), both set by the job's transitions;
-- billed_minor is the approved lines' total (before tax), stamped by the database as completed_at
-- is set, whichever code completes the job (the estimate no longer changes once it is closed).
alter table jobs add column started_at timestamptz;
alter table jobs add column completed_at timestamptz;
alter table jobs add column billed_minor bigint;
alter table jobs add constraint jobs_billed_when_completed
    check ((billed_minor is null) = (completed_at is null));

create function jobs_stamp_billed_minor() returns trigger
language plpgsql as $$
begin
    if new.completed_at is not null and new.billed_minor is null then
        new.billed_minor := coalesce((select round(sum(l.quantity * l.unit_price_minor))
                                      from job_lines l
                                      where l.job_id = new.id and l.approval = 'APPROVED'), 0);
    elsif new.completed_at is null then
        new.billed_minor := null;
    end if;
    return new;
end
$$;

create trigger jobs_billed_minor
    before insert or update of completed_at, billed_minor on jobs
    for each row execute function jobs_stamp_billed_minor();

update jobs j
set started_at = s.started
from (select job_id, min(at) as started from job_events where to_status = 'IN_PROGRESS'
      group by job_id) s
where s.job_id = j.id;

update jobs j
set completed_at = c.completed
from (select job_id, max(at) as completed from job_events where to_status = 'COMPLETED'
      group by job_id) c
where c.job_id = j.id and j.status = 'COMPLETED';

-- Mechanics' performance: completed jobs of one shop, or of the marketplace in one currency, by
-- completion, carrying what the aggregate reads.
create index jobs_shop_id_completed_at_idx on jobs (shop_id, completed_at)
    include (mechanic_id, currency, booking_id, started_at, billed_minor)
    where status = 'COMPLETED';
create index jobs_currency_completed_at_idx on jobs (currency, completed_at)
    include (mechanic_id, shop_id, booking_id, started_at, billed_minor)
    where status = 'COMPLETED';

-- The CRM funnel (crm.CrmReports): each step is the customer's first interaction of the next kind
-- after the step before, one index probe per customer; the first step reads one kind in the range.
create index crm_interactions_customer_id_kind_occurred_at_idx
    on crm_interactions (customer_id, kind, occurred_at) include (shop_id);
create index crm_interactions_kind_occurred_at_idx
    on crm_interactions (kind, occurred_at) include (customer_id, shop_id, entry_point);

-- A customer's upsells (crm.UpsellSources): the estimate lines they declined, found from the few
-- declined lines rather than from every line of every job of a customer with many.
create index job_lines_declined_job_id_idx on job_lines (job_id)
    where approval = 'DECLINED' and kind <> 'CREDIT';
