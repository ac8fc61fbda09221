-- Password reset and active sessions (issue 14). The same statements run on H2 (MODE=PostgreSQL) and
-- PostgreSQL.

-- The dashboard's signed-in sessions, so a person sees theirs and any node can refuse a revoked one. The
-- servlet session lives on one node (sticky load balancing); this row is what every node shares. Only the
-- SHA-256 of the session id is kept, never the id. A row goes when its session ends (sign-out, timeout),
-- or by housekeeping once no session could still be using it.
create table sign_in_session (
    id              uuid primary key,
    session_hash    char(64)     not null,
    user_id         uuid         not null references app_user (id),
    created_at      timestamp with time zone not null,
    last_seen_at    timestamp with time zone not null,
    client_address  varchar(64),
    user_agent      varchar(256),
    revoked_at      timestamp with time zone,
    constraint sign_in_session_hash_unique unique (session_hash)
);
create index sign_in_session_user_idx on sign_in_session (user_id);
create index sign_in_session_seen_idx on sign_in_session (last_seen_at);

-- One-time password reset links: only the SHA-256 of the token is stored; a row is deleted when it is used,
-- when another reset of the same user succeeds, or once expired.
create table password_reset (
    id          uuid primary key,
    token_hash  char(64)  not null,
    user_id     uuid      not null references app_user (id),
    created_at  timestamp with time zone not null,
    expires_at  timestamp with time zone not null,
    constraint password_reset_token_unique unique (token_hash)
);
create index password_reset_user_idx on password_reset (user_id, created_at);
create index password_reset_expiry_idx on password_reset (expires_at);

-- "Forgot password?" requests per client network (an IPv6 /64), for the throttle; kept for an hour.
create table password_reset_request (
    id            uuid primary key,
    network       varchar(64) not null,
    requested_at  timestamp with time zone not null
);
create index password_reset_request_idx on password_reset_request (network, requested_at);
