--liquibase formatted sql

--changeset otopair:0040-consult-reports
-- The mechanic's written summary of a session, one per session: a draft its mechanic edits after the
-- session, then sent once (status SENT with its sent_at, by a conditional update), then read by its
-- customer (first_opened_at, stamped once: the CRM funnel counts it). Its parts and labour lines are
-- what a repair booked from it starts its job's estimate with; repair_service_id is the shop's in-shop
-- service the mechanic recommends booking.
create table consult_reports (
    id                 uuid          primary key,
    version            bigint        not null default 0,
    session_id         uuid          not null references consult_sessions (id),
    mechanic_id        uuid          not null,
    findings           varchar(4000) not null default '',
    steps_taken        varchar(4000) not null default '',
    next_steps         varchar(4000) not null default '',
    urgency            varchar(16)   not null default 'SOON',
    repair_service_id  uuid,
    status             varchar(16)   not null default 'DRAFT',
    created_at         timestamptz   not null,
    updated_at         timestamptz   not null,
    sent_at            timestamptz,
    first_opened_at    timestamptz,
    constraint consult_reports_session_unique unique (session_id),
    constraint consult_reports_urgency_known
        check (urgency in ('ROUTINE', 'SOON', 'URGENT', 'STOP')),
    constraint consult_reports_status_known check (status in ('DRAFT', 'SENT')),
    constraint consult_reports_sent_when_sent check ((status = 'SENT') = (sent_at is not null)),
    constraint consult_reports_opened_after_sent
        check (first_opened_at is null or (sent_at is not null and first_opened_at >= sent_at))
);

-- Parts (a quantity at a unit price) and labour (hours at an hourly rate), in the shop's currency.
create table consult_report_lines (
    report_id         uuid          not null references consult_reports (id) on delete cascade,
    position          integer       not null,
    kind              varchar(16)   not null,
    description       varchar(200)  not null,
    quantity          numeric(8, 2) not null,
    unit_price_minor  bigint        not null,
    primary key (report_id, position),
    constraint consult_report_lines_kind_known check (kind in ('PART', 'LABOUR')),
    constraint consult_report_lines_description_present check (length(trim(description)) > 0),
    constraint consult_report_lines_quantity_positive check (quantity > 0),
    constraint consult_report_lines_price_positive check (unit_price_minor >= 0)
);

-- Photos of the session (the intake's or the chat's) the mechanic attaches, by file key.
create table consult_report_photos (
    report_id  uuid          not null references consult_reports (id) on delete cascade,
    position   integer       not null,
    file_key   varchar(255)  not null,
    primary key (report_id, position)
);
