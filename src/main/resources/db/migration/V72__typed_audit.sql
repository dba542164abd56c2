-- Typed audit (issue 12): what an action was about gets its own column, so no reader parses the
-- detail, which from now on holds only what a person wrote (a reason, a note, a former text).
alter table audit_event add column office_id varchar(60);
alter table audit_event add column assignee varchar(100);
alter table audit_event add column previous_assignee varchar(100);
alter table audit_event add column register_no bigint;
-- Where a person acted: console, api, telegram; null for the service itself and older rows.
alter table audit_event add column channel varchar(20);
