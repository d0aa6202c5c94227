--liquibase formatted sql

--changeset otopair:0011-images
-- Keys of uploaded images in the file store (a local folder, or S3-compatible storage).
alter table shops add column logo_key varchar(200);
alter table mechanic_profiles add column photo_key varchar(200);
