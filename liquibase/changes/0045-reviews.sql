--liquibase formatted sql

--changeset otopair:0045-reviews
-- A customer's review of one completed booking or one completed live session: one per booking or
-- session, whoever races to post it (the unique constraints decide). 1 to 5 stars, optional text,
-- "would recommend". Its author may edit it for 30 days after posting (edited_at). The shop's owner
-- answers it publicly once (reply, editable: reply_edited_at). helpful_count follows review_votes
-- (changed in the vote's transaction by a relative update). An admin hides it with a reason shown to
-- its author and the shop (hidden_at, hidden_reason), or restores it (both cleared); hidden reviews
-- count nowhere. The customer's display name, the service's name and the visit's time are copied at
-- posting so the public page never reads bookings or sessions.
create table reviews (
    id                 uuid          primary key,
    version            bigint        not null default 0,
    shop_id            uuid          not null references shops (id) on delete cascade,
    mechanic_id        uuid          references users (id),
    booking_id         uuid          references bookings (id) on delete cascade,
    session_id         uuid          references consult_sessions (id) on delete cascade,
    customer_id        uuid          not null references users (id),
    author_name        varchar(120)  not null,
    service_name       varchar(120)  not null,
    served_at          timestamptz   not null,
    stars              smallint      not null,
    body               varchar(2000) not null default '',
    recommend          boolean       not null,
    posted_at          timestamptz   not null,
    edited_at          timestamptz,
    helpful_count      integer       not null default 0,
    reply              varchar(2000),
    replied_at         timestamptz,
    reply_edited_at    timestamptz,
    hidden_at          timestamptz,
    hidden_reason      varchar(500),
    hidden_by          uuid          references users (id),
    constraint reviews_booking_unique unique (booking_id),
    constraint reviews_session_unique unique (session_id),
    constraint reviews_one_subject check (num_nonnulls(booking_id, session_id) = 1),
    constraint reviews_stars_range check (stars between 1 and 5),
    constraint reviews_helpful_not_negative check (helpful_count >= 0),
    constraint reviews_reply_with_time check ((reply is null) = (replied_at is null)),
    constraint reviews_hidden_with_reason check ((hidden_at is null) = (hidden_reason is null))
);

create index reviews_shop_posted_idx on reviews (shop_id, posted_at desc) where hidden_at is null;
create index reviews_mechanic_posted_idx on reviews (mechanic_id, posted_at desc)
    where hidden_at is null and mechanic_id is not null;
create index reviews_customer_idx on reviews (customer_id);

-- "Helpful" marks: one per person and review (never the review's author: checked in the service,
-- which knows the author; the key makes a second mark impossible).
create table review_votes (
    review_id  uuid         not null references reviews (id) on delete cascade,
    user_id    uuid         not null references users (id) on delete cascade,
    voted_at   timestamptz  not null,
    primary key (review_id, user_id)
);

-- Reports of a review, with a reason, one open report per person and review; an admin resolves
-- them by hiding the review or keeping it (resolution).
create table review_reports (
    id           uuid          primary key,
    version      bigint        not null default 0,
    review_id    uuid          not null references reviews (id) on delete cascade,
    reporter_id  uuid          not null references users (id) on delete cascade,
    reason       varchar(20)   not null,
    details      varchar(1000) not null default '',
    reported_at  timestamptz   not null,
    resolved_at  timestamptz,
    resolution   varchar(20),
    resolved_by  uuid          references users (id),
    constraint review_reports_reason_known
        check (reason in ('OFF_TOPIC', 'ABUSIVE', 'PRIVATE_INFO', 'NOT_A_CUSTOMER', 'SPAM', 'OTHER')),
    constraint review_reports_resolution_known
        check (resolution is null or resolution in ('HIDDEN', 'KEPT')),
    constraint review_reports_resolved_together
        check ((resolved_at is null) = (resolution is null))
);

create unique index review_reports_open_unique on review_reports (review_id, reporter_id)
    where resolved_at is null;
create index review_reports_open_idx on review_reports (reported_at) where resolved_at is null;

-- The reputation of a shop or a mechanic: counts by stars of its visible reviews. Changed only by
-- relative updates (count = count + 1) in the transaction that posts, edits, hides or restores a
-- review, so concurrent reviews never lose a count; the rating is star_sum / review_count.
create table review_stats (
    subject_kind     varchar(10)  not null,
    subject_id       uuid         not null,
    review_count     integer      not null default 0,
    star_sum         integer      not null default 0,
    stars_1          integer      not null default 0,
    stars_2          integer      not null default 0,
    stars_3          integer      not null default 0,
    stars_4          integer      not null default 0,
    stars_5          integer      not null default 0,
    recommend_count  integer      not null default 0,
    primary key (subject_kind, subject_id),
    constraint review_stats_kind_known check (subject_kind in ('SHOP', 'MECHANIC')),
    constraint review_stats_counts_agree
        check (review_count = stars_1 + stars_2 + stars_3 + stars_4 + stars_5
               and star_sum = stars_1 + 2 * stars_2 + 3 * stars_3 + 4 * stars_4 + 5 * stars_5),
    constraint review_stats_not_negative
        check (least(stars_1, stars_2, stars_3, stars_4, stars_5, recommend_count) >= 0
               and recommend_count <= review_count)
);
