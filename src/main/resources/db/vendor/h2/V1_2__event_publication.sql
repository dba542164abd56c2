-- Spring Modulith's event publication registry (the outbox), owned by these migrations rather
-- than by Modulith's own schema initialisation, whose H2 table caps a serialised event at 4,000
-- characters: an approved answer is often longer.
create table if not exists event_publication (
    id                     uuid                        not null primary key,
    completion_date        timestamp(9) with time zone,
    event_type             varchar(512)                not null,
    listener_id            varchar(512)                not null,
    publication_date       timestamp(9) with time zone not null,
    serialized_event       varchar(1000000)            not null,
    status                 varchar(20),
    completion_attempts    int,
    last_resubmission_date timestamp(9) with time zone
);
drop index if exists event_publication_by_listener_id_and_serialized_event_idx;
alter table event_publication alter column serialized_event set data type varchar(1000000);
create index if not exists event_publication_by_listener_id_idx on event_publication (listener_id);
create index if not exists event_publication_by_completion_date_idx on event_publication (completion_date);
