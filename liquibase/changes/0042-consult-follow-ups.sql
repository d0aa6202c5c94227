--liquibase formatted sql

--changeset otopair:0042-consult-follow-ups
-- Follow-ups to a completed session, asked by its customer.
-- A quick question is a written question and a written answer, free within 72 hours of the
-- session's end. It is its mechanic's alone until reserved_until (24 hours), then any mechanic of
-- the shop may answer it; the answer is a conditional update of an unanswered row, so exactly one
-- answer wins. One open question per session at a time.
create table consult_questions (
    id                uuid          primary key,
    version           bigint        not null default 0,
    parent_session_id uuid          not null references consult_sessions (id) on delete cascade,
    shop_id           uuid          not null references shops (id) on delete cascade,
    customer_id       uuid          not null references users (id),
    mechanic_id       uuid          not null references users (id),
    question          varchar(1000) not null,
    asked_at          timestamptz   not null,
    reserved_until    timestamptz   not null,
    answer            varchar(4000),
    answered_by       uuid          references users (id),
    answered_by_name  varchar(120),
    answered_at       timestamptz,
    constraint consult_questions_question_not_blank check (length(trim(question)) > 0),
    constraint consult_questions_answered_whole check ((answered_at is null) = (answer is null)
        and (answered_at is null) = (answered_by is null)
        and (answered_at is null) = (answered_by_name is null)),
    constraint consult_questions_answer_not_blank check (answer is null or length(trim(answer)) > 0)
);
-- One open question per session.
create unique index consult_questions_one_open_per_parent_idx
    on consult_questions (parent_session_id) where answered_at is null;
create index consult_questions_parent_session_id_idx on consult_questions (parent_session_id, asked_at);
-- A mechanic's inbox: the open questions of their shops, and those reserved for them.
create index consult_questions_shop_id_idx on consult_questions (shop_id, asked_at)
    where answered_at is null;
create index consult_questions_mechanic_id_idx on consult_questions (mechanic_id, asked_at)
    where answered_at is null;

-- A mini extension (a live 5-minute session at a small price) or a new issue (a new session at the
-- service's price) is a session of its own tied to the session it follows. It waits for that
-- session's mechanic alone until reserved_until (15 minutes after it enters the queue; moved by
-- the time it spent on the payment page), then for the whole shop, under the shop's wait limit
-- counted after the reservation. The queue and the claim read reserved_until in SQL.
alter table consult_sessions add column parent_session_id uuid references consult_sessions (id)
    on delete set null;
alter table consult_sessions add column follow_up varchar(12);
alter table consult_sessions add column reserved_mechanic_id uuid references users (id);
alter table consult_sessions add column reserved_until timestamptz;
-- When the shop's mechanics were told the reservation ended (once, by the watch).
alter table consult_sessions add column reservation_lapsed_at timestamptz;
alter table consult_sessions add constraint consult_sessions_follow_up_known
    check (follow_up in ('MINI', 'NEW_ISSUE'));
alter table consult_sessions add constraint consult_sessions_follow_up_has_parent
    check ((follow_up is null) = (parent_session_id is null));
alter table consult_sessions add constraint consult_sessions_reservation_whole
    check ((reserved_mechanic_id is null) = (reserved_until is null));
-- The watch finds reservations that end.
create index consult_sessions_reserved_until_idx on consult_sessions (reserved_until)
    where status = 'WAITING' and reservation_lapsed_at is null;
create index consult_sessions_parent_session_id_idx on consult_sessions (parent_session_id)
    where parent_session_id is not null;
