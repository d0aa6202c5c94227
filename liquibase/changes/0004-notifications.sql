--liquibase formatted sql

--changeset otopair:0004-captured-mail
-- Mail kept on a machine without SMTP, shown in the dev mailbox.
create table captured_mail (
    id         uuid         primary key,
    version    bigint       not null default 0,
    recipient  varchar(254) not null,
    subject    varchar(300) not null,
    text_body  text         not null,
    html_body  text         not null,
    sent_at    timestamptz  not null
);
create index captured_mail_sent_at_idx on captured_mail (sent_at desc);
create index captured_mail_recipient_idx on captured_mail (recipient, sent_at desc);
