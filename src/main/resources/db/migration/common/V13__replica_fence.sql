-- A synchronous standby being taken out of (or not yet back in) the primary's synchronous_standby_names:
-- while its row exists no node renews its lease on that replica, so none reads it (docs/scaling.md,
-- "Replicas and revocation"). Names are the standbys' application_name, lower case.
create table replica_fence (
    name varchar(63) primary key,
    fenced_at timestamp with time zone not null
);
