-- Registration in open mode gives up after a few unrecognised answers instead of asking forever.
alter table telegram_asker add column registration_tries int not null default 0;

-- An office's own staff group: its cards, reminders and overdue notices go there instead of the
-- default staff group. Checked with getChat when an administrator sets it.
create table telegram_office_group (
    office_id  varchar(40)  primary key,
    chat_id    bigint       not null unique,
    title      varchar(300),
    set_by     varchar(100) not null,
    set_at     timestamp with time zone not null
);
