--liquibase formatted sql

--changeset otopair:0067-job-mechanic-quarters-take-out splitStatements:false
-- Taking a completed job's part out of its mechanic's quarter (the job reassigned, reopened or
-- deleted) is a plain update: 0055's upsert checked its proposed row of negative counts against
-- the table's check before meeting the conflict, so the change failed. 0055 stays as it was
-- applied; this replaces its function.
create or replace function job_mechanic_quarters_add(job jobs, sign integer) returns void
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
    if sign < 0 then
        -- Taking out: the job's quarter row exists (its adding made it). A plain update, because an
        -- upsert would check its proposed row of negative counts against the table's check first.
        update job_mechanic_quarters q
        set completed = q.completed - 1,
            booked_seconds = q.booked_seconds - coalesce(extract(epoch from booked_end - booked_start), 0),
            billed_minor = q.billed_minor - coalesce(job.billed_minor, 0),
            timed = q.timed - (has_booking and job.started_at is not null)::integer,
            on_time = q.on_time
                - (has_booking and job.started_at <= booked_start + interval '10 minutes')::integer
        where q.shop_id = job.shop_id and q.mechanic_id = job.mechanic_id
          and q.currency = job.currency
          and q.quarter = to_timestamp(floor(extract(epoch from job.completed_at) / 900) * 900);
        return;
    end if;
    insert into job_mechanic_quarters as q (shop_id, mechanic_id, currency, quarter, completed,
                                            booked_seconds, billed_minor, timed, on_time)
    values (job.shop_id, job.mechanic_id, job.currency,
            to_timestamp(floor(extract(epoch from job.completed_at) / 900) * 900),
            1,
            coalesce(extract(epoch from booked_end - booked_start), 0),
            coalesce(job.billed_minor, 0),
            (has_booking and job.started_at is not null)::integer,
            (has_booking and job.started_at <= booked_start + interval '10 minutes')::integer)
    on conflict (shop_id, quarter, mechanic_id, currency) do update
    set completed = q.completed + excluded.completed,
        booked_seconds = q.booked_seconds + excluded.booked_seconds,
        billed_minor = q.billed_minor + excluded.billed_minor,
        timed = q.timed + excluded.timed,
        on_time = q.on_time + excluded.on_time;
end
$$;
