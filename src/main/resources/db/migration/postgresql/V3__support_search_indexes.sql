-- PostgreSQL-only indexes for the support console's account search (H2 has no expression,
-- operator-class or trigram indexes; there the same queries scan, which is fine at H2's sizes).
create extension if not exists pg_trgm;

-- "A substring of the account name, case-insensitive": lower(name) like '%…%' uses trigrams.
create index account_name_trgm_idx on account using gin (lower(name) gin_trgm_ops);

-- The default order of the console: lower(name), id. It covers the page's columns, so a deep page
-- (offset 50,000) or a broad name filter walks the index alone, without visiting the table.
create index account_lower_name_idx on account (lower(name), id) include (name, created_at);

-- "A prefix of a member's username": lower(username) like '…%' needs a pattern-ops btree;
-- being unique, it also makes usernames unique regardless of case, as sign-up promises.
create unique index app_user_username_lower_unique on app_user (lower(username) text_pattern_ops);
