--liquibase formatted sql

--changeset otopair:0031-job-event-keys
-- A job's timeline reads in each reader's language: a step Otopair writes itself keeps the key of
-- its sentence in the bundles (note_key), with the words of people it quotes (a line's
-- description, a mechanic's name, a cancellation's reason) in comment; a step taken by the
-- system names its actor by key (actor_key: "The shop", "Otopair support"). Steps written before,
-- in English, are turned into keys the same way (only steps without a key, so the
-- conversion can run again and change nothing).
alter table job_events add column note_key varchar(80);
alter table job_events add column actor_key varchar(80);

update job_events set note_key = 'jobs.origin.booking', comment = ''
    where note_key is null and kind = 'CREATED' and comment = 'Booking';
update job_events set note_key = 'jobs.origin.walk-in', comment = ''
    where note_key is null and kind = 'CREATED' and comment = 'Walk-in';
update job_events set note_key = 'jobs.origin.phone', comment = ''
    where note_key is null and kind = 'CREATED' and comment = 'Phone';
update job_events set note_key = 'jobs.timeline.line-added', comment = substr(comment, 7)
    where note_key is null and kind = 'ESTIMATE' and comment like 'Added %';
update job_events set note_key = 'jobs.timeline.line-removed', comment = substr(comment, 9)
    where note_key is null and kind = 'ESTIMATE' and comment like 'Removed %';
update job_events set note_key = 'jobs.timeline.line-approved', comment = substr(comment, 10)
    where note_key is null and kind = 'APPROVAL' and comment like 'Approved %';
update job_events set note_key = 'jobs.timeline.line-declined', comment = substr(comment, 10)
    where note_key is null and kind = 'APPROVAL' and comment like 'Declined %';
update job_events set note_key = 'jobs.timeline.photo-added', comment = ''
    where note_key is null and kind = 'PHOTO' and comment = 'Added a photo';
update job_events set note_key = 'jobs.timeline.took', comment = ''
    where note_key is null and kind = 'ASSIGNED' and comment = 'Took the job';
update job_events set note_key = 'jobs.timeline.unassigned', comment = ''
    where note_key is null and kind = 'ASSIGNED' and comment = 'Assigned to nobody';
update job_events set note_key = 'jobs.timeline.assigned-mechanic', comment = ''
    where note_key is null and kind = 'ASSIGNED' and comment = 'Assigned to a mechanic';
update job_events set note_key = 'jobs.timeline.assigned', comment = substr(comment, 13)
    where note_key is null and kind = 'ASSIGNED' and comment like 'Assigned to %';
update job_events set note_key = 'jobs.timeline.booking-moved', comment = ''
    where note_key is null and kind = 'STATUS' and to_status is null and comment = 'The customer moved the booking';
update job_events set note_key = 'jobs.timeline.booking-cancelled', comment = ''
    where note_key is null and kind = 'STATUS' and to_status = 'CANCELLED' and actor_id is null
      and comment = 'Booking cancelled';
update job_events set note_key = 'jobs.timeline.booking-cancelled-because', comment = substr(comment, 20)
    where note_key is null and kind = 'STATUS' and to_status = 'CANCELLED' and actor_id is null
      and comment like 'Booking cancelled: %';
update job_events set note_key = 'jobs.timeline.all-decided', comment = ''
    where note_key is null and kind = 'STATUS' and to_status = 'IN_PROGRESS' and comment = 'Every line decided';
update job_events set note_key = 'jobs.timeline.none-left', comment = ''
    where note_key is null and kind = 'STATUS' and to_status = 'IN_PROGRESS' and comment = 'Nothing left to approve';
update job_events set actor_key = 'jobs.actor.shop'
    where actor_key is null and actor_id is null and actor_name = 'The shop';
update job_events set actor_key = 'jobs.actor.support'
    where actor_key is null and actor_id is null and actor_name = 'Otopair support';
update job_events set actor_key = 'jobs.actor.online-booking'
    where actor_key is null and actor_id is null and actor_name = 'Online booking';
