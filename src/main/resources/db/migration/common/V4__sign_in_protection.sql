-- Sign-in protection (issue 9): attempts shared by every node, client details in the activity log,
-- and ShedLock's table for jobs that must run once across nodes. The same statements run on H2
-- (MODE=PostgreSQL) and PostgreSQL.

-- Every sign-in attempt: the throttle's counters and the security log of unknown usernames.
-- username_key is the typed username, trimmed and lower-cased (Locale.ROOT), cut to 64 characters.
-- Outcomes: SUCCEEDED, FAILED (password checked and wrong), REFUSED (locked, password not checked),
-- LIFTED (support lifted the lock; resets the per-user count like a success).
create table sign_in_attempt (
    id              uuid primary key,
    attempted_at    timestamp with time zone not null,
    username_key    varchar(64)  not null,
    user_id         uuid references app_user (id),
    outcome         varchar(16)  not null,
    client_address  varchar(64),
    user_agent      varchar(256),
    constraint sign_in_attempt_outcome_check check (outcome in ('SUCCEEDED', 'FAILED', 'REFUSED', 'LIFTED'))
);
-- The two window queries: the latest attempts of one username, the latest failures from one address.
create index sign_in_attempt_username_idx on sign_in_attempt (username_key, attempted_at);
create index sign_in_attempt_address_idx on sign_in_attempt (client_address, attempted_at);
-- The retention job removes attempts older than keydesk.privacy.retention.
create index sign_in_attempt_time_idx on sign_in_attempt (attempted_at);

-- The browser of a sign-in; cleared, with remote_address, once older than keydesk.privacy.retention
-- (the only change an audit row ever gets).
alter table audit_event add column user_agent varchar(256);
create index audit_event_time_idx on audit_event (occurred_at);

-- ShedLock (net.javacrumbs.shedlock, JdbcTemplateLockProvider with database time).
create table shedlock (
    name        varchar(64)  not null primary key,
    lock_until  timestamp    not null,
    locked_at   timestamp    not null,
    locked_by   varchar(255) not null
);
