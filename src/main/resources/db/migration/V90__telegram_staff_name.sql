-- The Telegram name of each staff member who acts in a staff group without a Telegram user name or
-- a linked console account: the desk knows them as tg-<user id>, and the console and audit trail
-- show this name instead. Updated on every action, so a renamed member shows under the new name.
create table telegram_staff_name (
    user_id      bigint       primary key,
    display_name varchar(200) not null,
    updated_at   timestamp with time zone not null
);
