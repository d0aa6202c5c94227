--liquibase formatted sql

--changeset otopair:0041-consult-files
-- Files shared in a session's chat (photos and PDFs, at most 10 MB, typed by their bytes). The
-- bytes live in the file store under file_key; a chat line announces each file, written in the
-- same transaction, so a file and its line exist together or not at all.
create table consult_files (
    id           uuid         primary key,
    session_id   uuid         not null references consult_sessions (id) on delete cascade,
    uploader_id  uuid         not null references users (id),
    name         varchar(200) not null,
    content_type varchar(40)  not null,
    size_bytes   integer      not null,
    file_key     varchar(200) not null,
    shared_at    timestamptz  not null,
    constraint consult_files_name_present check (length(name) > 0),
    constraint consult_files_size_range check (size_bytes between 1 and 10485760),
    constraint consult_files_type_known check (content_type in
        ('image/jpeg', 'image/png', 'image/webp', 'image/heic', 'application/pdf')),
    constraint consult_files_file_key_unique unique (file_key)
);
create index consult_files_session_id_shared_at_idx on consult_files (session_id, shared_at);

alter table consult_messages add column file_id uuid references consult_files (id) on delete cascade;
alter table consult_messages drop constraint consult_messages_has_content;
alter table consult_messages add constraint consult_messages_has_content
    check (length(body) > 0 or body_key is not null or photo_key is not null or file_id is not null);
