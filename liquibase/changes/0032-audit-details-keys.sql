--liquibase formatted sql

--changeset otopair:0032-audit-details-keys
-- An audit entry's details read in each admin's language: an entry keeps the key of its sentence
-- in the bundles (details_key) and the values of its placeholders (details_args: emails, names,
-- reasons, amounts as written), rendered when the log is read. The English text stays in details,
-- for the search and for the entries written before, which have no key and show it as they are.
alter table audit_entries add column details_key text;
alter table audit_entries add column details_args text[];
