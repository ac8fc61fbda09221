-- The support console sorts customer accounts by creation time; ties broken by id for stable paging.
create index account_created_idx on account (created_at, id);
