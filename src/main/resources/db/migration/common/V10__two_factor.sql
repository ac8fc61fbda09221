-- Two-factor sign-in (issue 14). The same statements run on H2 (MODE=PostgreSQL) and PostgreSQL.

-- A user's TOTP factor. secret_encrypted is AES-256-GCM under KEYDESK_ENCRYPTION_KEY
-- ('v1:<key id>:<base64>', see dev.keydesk.twofactor.SecretCipher); never the plain secret.
-- enabled_at is null while an enrolment waits for its first code. last_used_step is the last 30-second
-- time step whose code was accepted: a code is accepted only for a later step, so none works twice.
-- failed_checks and last_failed_at throttle the password-and-code confirmations of the Security page.
create table user_second_factor (
    user_id           uuid primary key references app_user (id) on delete cascade,
    secret_encrypted  varchar(255) not null,
    created_at        timestamp with time zone not null,
    enabled_at        timestamp with time zone,
    last_used_step    bigint,
    failed_checks     integer not null default 0,
    last_failed_at    timestamp with time zone,
    constraint user_second_factor_failed_checks_check check (failed_checks >= 0)
);

-- One-time recovery codes: only a bcrypt hash of each, used_at set by the one use it gets.
create table recovery_code (
    id          uuid primary key,
    user_id     uuid not null references app_user (id) on delete cascade,
    code_hash   varchar(100) not null,
    created_at  timestamp with time zone not null,
    used_at     timestamp with time zone
);
create index recovery_code_user_idx on recovery_code (user_id);
