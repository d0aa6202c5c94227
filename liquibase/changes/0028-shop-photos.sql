--liquibase formatted sql

--changeset otopair:0028-shop-photos
-- Photos of a shop for its public page, in the owner's order: position 0 is the cover. At most 8 a
-- shop, decided here: positions run from 0 to 7 and each is held once, so a ninth row can't exist
-- whatever two uploads do at the same moment. The uniqueness is checked at commit, so a reorder
-- may swap positions row by row.
create table shop_photos (
    id          uuid         primary key,
    version     bigint       not null default 0,
    shop_id     uuid         not null references shops (id) on delete cascade,
    position    integer      not null,
    caption     varchar(140) not null default '',
    image_key   varchar(200) not null,
    created_at  timestamptz  not null,
    constraint shop_photos_position_range check (position between 0 and 7),
    constraint shop_photos_caption_length check (char_length(caption) <= 140),
    constraint shop_photos_one_per_position unique (shop_id, position) deferrable initially deferred
);
