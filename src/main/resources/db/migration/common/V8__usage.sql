-- Usage metering (dev.keydesk.usage). The same statements run on H2 (MODE=PostgreSQL) and PostgreSQL.

-- Event ids seen within the dedupe window (keydesk.usage.dedupe-window, 35 days): the primary key is what
-- makes ingestion exactly-once, also when two nodes receive the same request at once. Pruned by received_at.
create table usage_event_id (
    id           varchar(64) primary key,
    received_at  timestamp with time zone not null
);
create index usage_event_id_received_idx on usage_event_id (received_at);

-- Daily totals per key, UTC day, service and unit, updated in the same transaction as the ids above.
-- Exact decimals (6 places), never floating point. account_id is the key's (keys never change account), so a
-- page's queries read one account's rows by index without a join. Kept for good: a deleted key's history stays.
create table usage_daily (
    key_id      uuid          not null references api_key (id),
    usage_day   date          not null,
    service     varchar(32)   not null,
    unit        varchar(16)   not null,
    account_id  uuid          not null references account (id),
    quantity    numeric(28, 6) not null,
    cost        numeric(28, 6) not null,
    events      bigint        not null,
    primary key (key_id, usage_day, service, unit),
    constraint usage_daily_amounts_check check (quantity >= 0 and cost >= 0 and events > 0),
    constraint usage_daily_unit_check check (unit in ('tokens', 'characters', 'seconds', 'requests'))
);
create index usage_daily_account_day_idx on usage_daily (account_id, usage_day);
