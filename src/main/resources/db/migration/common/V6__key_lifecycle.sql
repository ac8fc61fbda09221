-- Key lifecycle: permissions, allowed addresses, secrets in a child table (rolls), expiry reminders.
-- The same statements run on H2 (MODE=PostgreSQL) and PostgreSQL. Existing keys keep working as before:
-- "All" permissions, no address list, no expiration, their secret as the current one.

alter table api_key add column permission_preset varchar(16) not null default 'ALL';
alter table api_key add column text_generation_access varchar(8) not null default 'WRITE';
alter table api_key add column text_to_speech_access varchar(8) not null default 'WRITE';
alter table api_key add column speech_to_text_access varchar(8) not null default 'WRITE';
alter table api_key add column agents_access varchar(8) not null default 'WRITE';
-- One canonical address or CIDR block per line; NULL means any address.
alter table api_key add column allowed_ips varchar(8000);
-- Bumped by every roll: a roll names the version it replaces, so of two concurrent rolls only one wins.
alter table api_key add column secret_version integer not null default 1;
alter table api_key add constraint api_key_permission_preset_check
    check (permission_preset in ('ALL', 'READ_ONLY', 'RESTRICTED'));
alter table api_key add constraint api_key_access_check check (
    text_generation_access in ('NONE', 'READ', 'WRITE') and text_to_speech_access in ('NONE', 'READ', 'WRITE')
    and speech_to_text_access in ('NONE', 'READ', 'WRITE') and agents_access in ('NONE', 'READ', 'WRITE'));

-- A key's secrets: the current one (expires_at NULL) and those a roll replaced, which authenticate until
-- their expires_at. Verification reads one row here by hash, joined to its key and account.
create table key_secret (
    secret_hash  char(64)    primary key,
    key_id       uuid        not null references api_key (id),
    hint         varchar(16) not null,
    created_at   timestamp with time zone not null,
    expires_at   timestamp with time zone
);
create index key_secret_key_idx on key_secret (key_id, expires_at);

insert into key_secret (secret_hash, key_id, hint, created_at, expires_at)
    select secret_hash, id, hint, created_at, null from api_key;

alter table api_key drop constraint api_key_secret_hash_unique;
alter table api_key drop column secret_hash;

-- The reminder job looks for keys that expire soon.
create index api_key_expires_idx on api_key (expires_at);

-- One row per reminder sent: the primary key makes "7 days before this expiry" happen once, whichever
-- node inserts it first (a changed expiry gets reminders of its own).
create table key_reminder (
    key_id       uuid    not null references api_key (id),
    expires_at   timestamp with time zone not null,
    days_before  integer not null,
    sent_at      timestamp with time zone not null,
    primary key (key_id, expires_at, days_before)
);
