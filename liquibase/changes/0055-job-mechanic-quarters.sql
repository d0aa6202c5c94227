--liquibase formatted sql

--changeset otopair:0055-job-mechanic-quarters splitStatements:false
-- Mechanics' performance over long ranges without reading every completed job and its booking:
-- each mechanic's completed jobs summed per shop, currency and quarter hour (UTC) of completion.
-- Every day of every time zone in use begins on a quarter hour, so a range of days in any zone is
-- a range of whole quarters and its sums are exactly the jobs' (JobStats reads the jobs themselves
-- for a range that does not). Kept by the database: a trigger on jobs takes a job's part out of
-- its old quarter and adds it to its new one whenever what it counts changes, however the job is
-- written. What a job counts, as JobStats.byMechanic counts it: one completed job, its booking's
-- length in seconds, its billed total, whether it has a booking and was started, and whether that
-- start was no later than 10 minutes (JobStats.ON_TIME_MINUTES) after the booked start.
create table job_mechanic_quarters (
    shop_id        uuid        not null references shops (id) on delete cascade,
    mechanic_id    uuid        not null,
    currency       varchar(3)  not null,
    quarter        timestamptz not null,
    completed      bigint      not null,
    booked_seconds numeric     not null,
    billed_minor   bigint      not null,
    timed          bigint      not null,
    on_time        bigint      not null,
    primary key (shop_id, quarter, mechanic_id, currency),
    constraint job_mechanic_quarters_on_a_quarter
        check (extract(epoch from quarter)::bigint % 900 = 0),
    constraint job_mechanic_quarters_counts_not_negative
        check (completed >= 0 and timed >= 0 and on_time >= 0 and on_time <= timed
            and timed <= completed)
);
create index job_mechanic_quarters_currency_quarter_idx on job_mechanic_quarters (currency, quarter)
    include (mechanic_id, completed, booked_seconds, billed_minor, timed, on_time);

-- Adds (sign 1) or takes out (sign -1) one job's part.
create function job_mechanic_quarters_add(job jobs, sign integer) returns void
language plpgsql as $$
declare
    booked_start timestamptz;
    booked_end timestamptz;
    has_booking boolean;
begin
    if job.status <> 'COMPLETED' or job.completed_at is null or job.mechanic_id is null then
        return;
    end if;
    select b.starts_at, b.ends_at into booked_start, booked_end from bookings b
    where b.id = job.booking_id;
    has_booking := found;
    insert into job_mechanic_quarters as q (shop_id, mechanic_id, currency, quarter, completed,
                                            booked_seconds, billed_minor, timed, on_time)
    values (job.shop_id, job.mechanic_id, job.currency,
            to_timestamp(floor(extract(epoch from job.completed_at) / 900) * 900),
            sign,
            sign * coalesce(extract(epoch from booked_end - booked_start), 0),
            sign * coalesce(job.billed_minor, 0),
            sign * (has_booking and job.started_at is not null)::integer,
            sign * (has_booking and job.started_at <= booked_start + interval '10 minutes')::integer)
    on conflict (shop_id, quarter, mechanic_id, currency) do update
    set completed = q.completed + excluded.completed,
        booked_seconds = q.booked_seconds + excluded.booked_seconds,
        billed_minor = q.billed_minor + excluded.billed_minor,
        timed = q.timed + excluded.timed,
        on_time = q.on_time + excluded.on_time;
end
$$;

create function job_mechanic_quarters_keep() returns trigger
language plpgsql as $$
begin
    if tg_op = 'UPDATE'
       and (old.status, old.completed_at, old.mechanic_id, old.shop_id, old.currency,
            old.booking_id, old.started_at, old.billed_minor)
           is not distinct from
           (new.status, new.completed_at, new.mechanic_id, new.shop_id, new.currency,
            new.booking_id, new.started_at, new.billed_minor) then
        return null;
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        perform job_mechanic_quarters_add(old, -1);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        perform job_mechanic_quarters_add(new, 1);
    end if;
    return null;
end
$$;

create trigger jobs_mechanic_quarters
    after insert or update or delete on jobs
    for each row execute function job_mechanic_quarters_keep();

insert into job_mechanic_quarters (shop_id, mechanic_id, currency, quarter, completed,
                                   booked_seconds, billed_minor, timed, on_time)
select j.shop_id, j.mechanic_id, j.currency,
       to_timestamp(floor(extract(epoch from j.completed_at) / 900) * 900),
       count(*),
       coalesce(sum(extract(epoch from b.ends_at - b.starts_at)), 0),
       coalesce(sum(j.billed_minor), 0),
       count(*) filter (where b.id is not null and j.started_at is not null),
       count(*) filter (where j.started_at <= b.starts_at + interval '10 minutes')
from jobs j left join bookings b on b.id = j.booking_id
where j.status = 'COMPLETED' and j.completed_at is not null and j.mechanic_id is not null
group by 1, 2, 3, 4;
