-- ShedLock's lock rows: a scheduled job that must run once across instances holds its row until
-- lock_until; an instance that died mid-run loses the lock when lock_until passes.
create table shedlock (
    name       varchar(64)  primary key,
    lock_until timestamp(3) not null,
    locked_at  timestamp(3) not null,
    locked_by  varchar(255) not null
);
