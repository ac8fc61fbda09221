-- The same statements run on H2 (MODE=PostgreSQL) and PostgreSQL.

create table account (
    id          uuid primary key,
    name        varchar(200) not null,
    status      varchar(16)  not null default 'ACTIVE',
    key_limit   integer      not null default 10,
    created_at  timestamp with time zone not null,
    constraint account_status_check check (status in ('ACTIVE', 'SUSPENDED')),
    constraint account_key_limit_check check (key_limit >= 0)
);

create table app_user (
    id             uuid primary key,
    username       varchar(64)  not null,
    email          varchar(320),
    password_hash  varchar(255) not null,
    display_name   varchar(200) not null,
    staff_role     varchar(16),
    enabled        boolean      not null default true,
    created_at     timestamp with time zone not null,
    constraint app_user_username_unique unique (username),
    constraint app_user_staff_role_check check (staff_role is null or staff_role in ('SUPPORT'))
);

create table membership (
    user_id     uuid        not null references app_user (id),
    account_id  uuid        not null references account (id),
    role        varchar(16) not null,
    primary key (user_id, account_id),
    constraint membership_role_check check (role in ('OWNER', 'MEMBER'))
);
create index membership_account_idx on membership (account_id);

create table api_key (
    id                   uuid primary key,
    account_id           uuid         not null references account (id),
    name                 varchar(100) not null,
    -- lower(trim(name)) while the key is listed, NULL once deleted: frees the name for reuse.
    name_key             varchar(100),
    hint                 varchar(16)  not null,
    secret_hash          char(64)     not null,
    status               varchar(16)  not null,
    created_at           timestamp with time zone not null,
    created_by           uuid references app_user (id),
    last_used_at         timestamp with time zone,
    expires_at           timestamp with time zone,
    deactivated_at       timestamp with time zone,
    deactivation_reason  varchar(200),
    leak_url             varchar(2048),
    leak_source          varchar(200),
    deleted_at           timestamp with time zone,
    deleted_by           uuid references app_user (id),
    constraint api_key_secret_hash_unique unique (secret_hash),
    constraint api_key_name_unique unique (account_id, name_key),
    constraint api_key_status_check check (status in ('ACTIVE', 'DEACTIVATED', 'DELETED')),
    constraint api_key_deleted_check check ((status = 'DELETED') = (name_key is null))
);
create index api_key_account_status_idx on api_key (account_id, status);

-- Append-only: no code path updates or deletes these rows.
create table audit_event (
    id              uuid primary key,
    occurred_at     timestamp with time zone not null,
    actor_id        uuid,
    actor_label     varchar(200) not null,
    account_id      uuid references account (id),
    action          varchar(32)  not null,
    key_id          uuid,
    key_name        varchar(100),
    key_hint        varchar(16),
    details         varchar(2048),
    reason          varchar(500),
    remote_address  varchar(64)
);
create index audit_event_account_time_idx on audit_event (account_id, occurred_at desc, id);
