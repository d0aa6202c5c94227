--liquibase formatted sql

--changeset otopair:0029-user-language
-- The language an account reads Otopair in: its pages, and the mails, reminders and invoices sent to
-- it, whoever triggers them. English or Québec French; existing accounts keep English.
alter table users add column language varchar(2) not null default 'en';
alter table users add constraint users_language_known check (language in ('en', 'fr'));
