-- An official who picked a language with /language keeps it; otherwise their questions set it.
alter table telegram_asker add column language_chosen boolean not null default false;
