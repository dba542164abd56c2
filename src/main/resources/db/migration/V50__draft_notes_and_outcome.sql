-- Drafts for staff: a machine draft keeps why the question was escalated and its notes for staff
-- (JSON: confidence, reasons with the question's unmatched terms, what was not verified, quote
-- languages, the best passages) beside the answer, never inside it; as long as a question makes it.
-- The audit trail records what became of a draft as a typed outcome and a machine escalation's
-- cause as a typed value, so reports and the history read columns instead of matching prose.
alter table draft add column escalation varchar(30);
alter table draft add column notes varchar(1000000);
alter table audit_event add column outcome varchar(30);
alter table audit_event add column escalation varchar(30);
