-- The console language each account chose (vi, en, sv); null: the office's language.
alter table staff_account add column language varchar(8);

-- The default office created by V1 was named in English; a new install names it in the office's
-- language (spring.flyway.placeholders.default-office-name), an office renamed since keeps its name.
update office set name = '${default-office-name}' where id = 'central' and name = 'Standing Office';
