--liquibase formatted sql

--changeset otopair:0033-consult
-- Live remote sessions. A customer asks a shop for one of its remote services; the session waits
-- in the shop's queue until one of its mechanics claims it. Exactly one mechanic per session: a
-- claim is a conditional update of a waiting row, and a mechanic holds at most one active session.
-- Names are copied in so that queues and the admin grid read one table. queued_at is when it last
-- entered the queue, from which the shop's wait limit counts; the queue is ordered by requested_at,
-- so a session a mechanic released goes back in at its old place.
create table consult_sessions (
    id                 uuid          primary key,
    version            bigint        not null default 0,
    shop_id            uuid          not null references shops (id) on delete cascade,
    shop_name          varchar(120)  not null,
    offering_id        uuid          references offerings (id) on delete set null,
    service_name       varchar(120)  not null,
    mode               varchar(20)   not null,
    customer_id        uuid          not null references users (id),
    customer_name      varchar(120)  not null,
    mechanic_id        uuid          references users (id),
    mechanic_name      varchar(120),
    vehicle            varchar(120)  not null,
    problem            varchar(2000) not null,
    status             varchar(12)   not null,
    duration_minutes   integer       not null,
    price_minor        bigint        not null,
    currency           varchar(3)    not null,
    free               boolean       not null,
    wait_limit_minutes integer       not null,
    requested_at       timestamptz   not null,
    queued_at          timestamptz   not null,
    claimed_at         timestamptz,
    ends_at            timestamptz,
    ended_at           timestamptz,
    end_reason         varchar(20),
    last_mechanic_at   timestamptz,
    nudged_at          timestamptz,
    support_alerted_at timestamptz,
    warned_at          timestamptz,
    constraint consult_sessions_status_known
        check (status in ('WAITING', 'ACTIVE', 'ENDED', 'EXPIRED', 'CANCELLED')),
    constraint consult_sessions_mode_known check (mode in ('REMOTE_CHAT', 'REMOTE_VIDEO')),
    constraint consult_sessions_end_reason_known check (end_reason in
        ('TIME_UP', 'MECHANIC', 'CUSTOMER', 'ADMIN', 'NOBODY_CAME', 'LEFT_QUEUE')),
    constraint consult_sessions_active_has_mechanic
        check (status not in ('ACTIVE', 'ENDED') or (mechanic_id is not null and claimed_at is not null
            and ends_at is not null)),
    constraint consult_sessions_waiting_has_no_mechanic
        check (status <> 'WAITING' or (mechanic_id is null and claimed_at is null)),
    constraint consult_sessions_finished_has_end
        check (status in ('WAITING', 'ACTIVE') or (ended_at is not null and end_reason is not null)),
    constraint consult_sessions_duration_range check (duration_minutes between 5 and 240),
    constraint consult_sessions_price_not_negative check (price_minor >= 0),
    constraint consult_sessions_currency_known check (currency in ('CAD', 'USD')),
    constraint consult_sessions_wait_limit_range check (wait_limit_minutes between 1 and 240),
    constraint consult_sessions_problem_not_blank check (length(trim(problem)) > 0)
);
-- A mechanic is in one live session at a time.
create unique index consult_sessions_one_active_per_mechanic_idx
    on consult_sessions (mechanic_id) where status = 'ACTIVE';
-- A customer waits in one queue at a time.
create unique index consult_sessions_one_waiting_per_customer_idx
    on consult_sessions (customer_id) where status = 'WAITING';
create index consult_sessions_shop_status_idx on consult_sessions (shop_id, status, requested_at);
create index consult_sessions_customer_idx on consult_sessions (customer_id, requested_at desc);
create index consult_sessions_mechanic_idx on consult_sessions (mechanic_id, requested_at desc);
create index consult_sessions_status_idx on consult_sessions (status, requested_at desc, id);

-- Intake photos (at most 5 per session, checked in the service and here).
create table consult_photos (
    id         uuid         primary key,
    version    bigint       not null default 0,
    session_id uuid         not null references consult_sessions (id) on delete cascade,
    position   integer      not null,
    file_key   varchar(200) not null,
    added_at   timestamptz  not null,
    constraint consult_photos_position_range check (position between 1 and 5),
    constraint consult_photos_one_per_position unique (session_id, position)
);

-- The chat, in the order PostgreSQL received it. A system line (someone joined, time almost up)
-- keeps the key of its sentence and its values, so each reader reads it in their language.
create table consult_messages (
    id         bigint        generated always as identity primary key,
    session_id uuid          not null references consult_sessions (id) on delete cascade,
    author_id  uuid          references users (id),
    author_name varchar(120),
    body       varchar(4000) not null default '',
    body_key   varchar(80),
    body_args  text[]        not null default '{}',
    photo_key  varchar(200),
    sent_at    timestamptz   not null,
    constraint consult_messages_has_content
        check (length(body) > 0 or body_key is not null or photo_key is not null)
);
create index consult_messages_session_idx on consult_messages (session_id, id);

-- Whether a mechanic takes live sessions now. Online is kept on the account; last_seen_at moves
-- with the browser's heartbeat, and a mechanic not seen for two minutes counts as offline.
create table consult_mechanic_status (
    user_id      uuid        primary key references users (id) on delete cascade,
    online       boolean     not null,
    changed_at   timestamptz not null,
    last_seen_at timestamptz not null
);

-- Who has a session's page open now, one row per open page. A page refreshes its row with the
-- browser's heartbeat and removes it when it closes; a row not refreshed for two minutes is gone.
create table consult_presence (
    connection_id uuid        primary key,
    session_id    uuid        not null references consult_sessions (id) on delete cascade,
    user_id       uuid        not null references users (id) on delete cascade,
    seen_at       timestamptz not null
);
create index consult_presence_session_idx on consult_presence (session_id, seen_at);
