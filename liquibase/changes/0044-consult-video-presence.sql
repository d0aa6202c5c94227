--liquibase formatted sql

--changeset otopair:0044-consult-video-presence
-- Who is in a video session's call, as LiveKit's webhooks say: one row per session and person,
-- moved only by an event at least as recent as the one that set it, so a late or replayed event
-- never undoes a newer one.
create table consult_video_presence (
    session_id uuid        not null references consult_sessions (id) on delete cascade,
    user_id    uuid        not null references users (id) on delete cascade,
    in_call    boolean     not null,
    event_at   timestamptz not null,
    primary key (session_id, user_id)
);

-- LiveKit's webhook events already handled, by their id: a delivery that comes twice counts once.
create table consult_video_events (
    event_id    text        primary key,
    received_at timestamptz not null,
    constraint consult_video_events_id_length check (length(event_id) between 1 and 200)
);
create index consult_video_events_received_at_idx on consult_video_events (received_at);
