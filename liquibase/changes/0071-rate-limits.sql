--liquibase formatted sql
--changeset otopair:0071-rate-limits
-- Rate limits (Bucket4j buckets) shared by every node. id: "<limit>:<SHA-256 of the subject>", so no
-- email or address is stored in clear; state: the bucket, null until its first use; expires_at:
-- epoch milliseconds after which the row may go (the bucket is full again by then).
create table rate_limit_buckets (
  id text primary key,
  state bytea,
  expires_at bigint
);
create index rate_limit_buckets_expires_at_idx on rate_limit_buckets (expires_at);
