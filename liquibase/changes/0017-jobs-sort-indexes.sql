--liquibase formatted sql

--changeset otopair:0017-jobs-sort-indexes
-- The admin Jobs grid sorts by customer, shop or last change; each order has its index so that
-- the first page of a million jobs never sorts them all.
create index jobs_by_customer on jobs (customer_name, id);
create index jobs_by_shop_name on jobs (shop_name, id);
create index jobs_recently_updated on jobs (updated_at desc, id);
