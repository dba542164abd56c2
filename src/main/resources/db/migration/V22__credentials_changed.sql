-- When an account's password was last set by its owner or an administrator (not a rehash at
-- sign-in): console sessions that began before it are signed out.
alter table staff_account add column credentials_changed_at timestamp with time zone;
