--liquibase formatted sql

--changeset otopair:0054-job-times
-- When a job was first started and when it was completed, and what it billed, kept on the job by
-- its transitions so that mechanics' performance reads one index range instead of the history:
-- started_at is the first move to IN_PROGRESS (a job paused and resumed keeps its first start),
-- completed_at the move to COMPLETED (final: nothing reopens a completed job), and billed_minor
-- the approved lines' total (before tax), taken at completion, when the estimate stops changing.
alter table jobs add column started_at timestamptz;
alter table jobs add column completed_at timestamptz;
alter table jobs add column billed_minor bigint;
alter table jobs add constraint jobs_billed_when_completed
    check ((billed_minor is null) = (completed_at is null));

update jobs j
set started_at = s.started
from (select job_id, min(at) as started from job_events where to_status = 'IN_PROGRESS'
      group by job_id) s
where s.job_id = j.id;

update jobs j
set completed_at = c.completed,
    billed_minor = coalesce((select round(sum(l.quantity * l.unit_price_minor)) from job_lines l
                             where l.job_id = j.id and l.approval = 'APPROVED'), 0)
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
