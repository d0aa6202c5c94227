--liquibase formatted sql

--changeset otopair:0010-mechanic-profiles
create table mechanic_profiles (
    user_id              uuid          primary key references users (id) on delete cascade,
    version              bigint        not null default 0,
    bio                  varchar(2000) not null default '',
    years_experience     integer       not null default 0,
    response_sla_minutes integer       not null default 60,
    updated_at           timestamptz   not null,
    constraint mechanic_profiles_years_range check (years_experience between 0 and 70),
    constraint mechanic_profiles_sla_range check (response_sla_minutes between 5 and 2880)
);

create table mechanic_specialties (
    user_id   uuid        not null references mechanic_profiles (user_id) on delete cascade,
    specialty varchar(30) not null,
    primary key (user_id, specialty)
);

-- Free tags beyond the fixed taxonomy, such as "Subaru" or "vintage Porsche".
create table mechanic_tags (
    user_id uuid        not null references mechanic_profiles (user_id) on delete cascade,
    tag     varchar(40) not null,
    primary key (user_id, tag)
);
