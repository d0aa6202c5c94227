--liquibase formatted sql

--changeset otopair:0018-job-photos
-- Photos of the car a job is about, taken by the shop; the customer sees them with the job.
create table job_photos (
    id         uuid         primary key,
    version    bigint       not null default 0,
    job_id     uuid         not null references jobs (id) on delete cascade,
    file_key   varchar(200) not null,
    added_by   varchar(120) not null,
    added_at   timestamptz  not null
);
create index job_photos_job on job_photos (job_id, added_at);

alter table job_events drop constraint job_events_kind_known;
alter table job_events add constraint job_events_kind_known
    check (kind in ('CREATED', 'STATUS', 'ASSIGNED', 'ESTIMATE', 'APPROVAL', 'PHOTO'));
