-- Help-office staff linked to their console accounts, so that in the staff group they act as that
-- account (its name in the audit trail, its role) instead of as their Telegram user name.
-- Portable between H2 (PostgreSQL mode) and PostgreSQL. No foreign key to staff_account: the
-- channel keeps to its own tables; the account is looked up through the desk when a link is used.
create table telegram_staff_link (
    user_id   bigint       primary key,
    username  varchar(60)  not null,
    linked_at timestamp with time zone not null
);
create unique index telegram_staff_link_username on telegram_staff_link (username);

-- One-time codes an account issues in the console and sends to the bot as /link CODE. Only the
-- code's SHA-256 is kept, so reading the table does not let anyone link themselves.
create table telegram_link_code (
    code_hash  varchar(64)  primary key,
    username   varchar(60)  not null,
    expires_at timestamp with time zone not null
);
create index telegram_link_code_username on telegram_link_code (username);
