-- Failed sign-ins, shared by every instance so the delay after repeated failures holds per
-- deployment. One row per counted key: 'ip:<address>' or 'user:<name>@<address>'.
create table sign_in_failure (
    counted_key varchar(400) primary key,
    failures    int          not null,
    last_at     timestamp with time zone not null
);
create index sign_in_failure_last on sign_in_failure (last_at);
