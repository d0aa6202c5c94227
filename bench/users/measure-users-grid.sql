-- The queries behind the admin Users grid, as Hibernate sends them (one page of 50 rows, the
-- grid's page size), timed with EXPLAIN ANALYZE. Run after generate-users.sql.
\timing off
\echo 'First page, newest first (the grid as it opens)'
explain (analyze, costs off, summary on)
select * from users order by created_at desc, id offset 0 rows fetch first 51 rows only;

\echo 'A page deep in the list (offset 50,000), as when scrolling far down'
explain (analyze, costs off, summary on)
select * from users order by created_at desc, id offset 50000 rows fetch first 51 rows only;

\echo 'Text search "gagnon" (trigram index), first page'
explain (analyze, costs off, summary on)
select * from users where search_text like '%gagnon%' escape '\' order by created_at desc, id
offset 0 rows fetch first 51 rows only;

\echo 'Role and status filter, sorted by name'
explain (analyze, costs off, summary on)
select * from users where role = 'MECHANIC' and status = 'ACTIVE' order by display_name, id
offset 0 rows fetch first 51 rows only;

\echo 'The total shown above the grid for a text search'
explain (analyze, costs off, summary on)
select count(*) from users where search_text like '%gagnon%' escape '\';
