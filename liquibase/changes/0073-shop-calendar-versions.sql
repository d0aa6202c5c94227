--liquibase formatted sql

--changeset otopair:0073-shop-calendar-versions splitStatements:false
-- A shop's calendar (its time zone, opening hours, mechanics, booking policy, weekly windows, date
-- overrides and time off) is read for every slot query and every hold, and changes rarely. Each
-- node keeps a copy per shop under the version below, read by primary key before the copy is
-- used: any change to those tables, by any node or by hand, moves the version in the same
-- transaction, so no node ever computes slots from a calendar older than the last commit.
-- Bookings are not part of it: they are always read from the database. No foreign key: a shop's
-- deletion cascades into these tables, whose triggers run after the shop row is gone.
create table shop_calendar_versions (
    shop_id uuid   primary key,
    version bigint not null default 1
);

create function bump_shop_calendar(shop uuid) returns void
language sql
as $$
    insert into shop_calendar_versions (shop_id) values (shop)
    on conflict (shop_id) do update set version = shop_calendar_versions.version + 1
$$;

create function shop_calendar_changed() returns trigger
language plpgsql
as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform bump_shop_calendar(old.shop_id);
    end if;
    if tg_op = 'INSERT' or (tg_op = 'UPDATE' and new.shop_id is distinct from old.shop_id) then
        perform bump_shop_calendar(new.shop_id);
    end if;
    return null;
end
$$;

create trigger shop_opening_hours_calendar after insert or update or delete on shop_opening_hours
    for each row execute function shop_calendar_changed();
create trigger shop_members_calendar after insert or update or delete on shop_members
    for each row execute function shop_calendar_changed();
create trigger availability_windows_calendar after insert or update or delete on availability_windows
    for each row execute function shop_calendar_changed();
create trigger schedule_overrides_calendar after insert or update or delete on schedule_overrides
    for each row execute function shop_calendar_changed();
create trigger time_off_calendar after insert or update or delete on time_off
    for each row execute function shop_calendar_changed();
create trigger booking_policies_calendar after insert or update or delete on booking_policies
    for each row execute function shop_calendar_changed();

create function shop_zone_changed() returns trigger
language plpgsql
as $$
begin
    perform bump_shop_calendar(new.id);
    return null;
end
$$;

create trigger shops_calendar after update of time_zone on shops
    for each row when (new.time_zone is distinct from old.time_zone)
    execute function shop_zone_changed();
