-- Converts the audit rows written before V50/V72, whose outcome, escalation cause, office,
-- assignee and register number were sentences in the detail, into the typed columns, and leaves
-- in the detail only what a person wrote. Each form below is one the desk used to write.

-- "approved unchanged; register no. 7", "approved with edits; …", "answered by staff; …",
-- "auto-reply with registered answer 3; register no. 9"
update audit_event set outcome = 'APPROVED_AS_DRAFTED'
    where action = 'ANSWERED' and outcome is null and detail like 'approved unchanged%';
update audit_event set outcome = 'EDITED'
    where action = 'ANSWERED' and outcome is null and detail like 'approved with edits%';
update audit_event set outcome = 'AUTO_REPLY'
    where action = 'ANSWERED' and outcome is null and detail like 'auto-reply%';
update audit_event set outcome = 'ANSWERED_BY_HAND'
    where action = 'ANSWERED' and outcome is null;
update audit_event
    set register_no = cast(substring(detail from position('register no. ' in detail) + 13) as bigint),
        detail = null
    where action in ('ANSWERED', 'ANSWER_CONFIRMED', 'ANSWER_REVISED') and detail like '%register no. %';

-- "draft rejected: <staff's reason>"
update audit_event set outcome = 'REJECTED', detail = substring(detail from 17)
    where action = 'ESCALATED' and outcome is null and detail like 'draft rejected: %';

-- "drafter extractive: NOT_IN_DOCUMENTS"
update audit_event set escalation = substring(detail from position(': ' in detail) + 2), detail = null
    where action = 'ESCALATED' and escalation is null and actor = 'system' and detail like 'drafter %: %'
      and substring(detail from position(': ' in detail) + 2)
          in ('NONE', 'NOT_IN_DOCUMENTS', 'OUT_OF_SCOPE', 'PERSONAL_DATA', 'PROMPT_INJECTION', 'DRAFTER_UNSURE');

-- "drafter extractive, confidence 0.73": both are on the question and its draft
update audit_event set detail = null where action = 'DRAFTED' and detail like 'drafter %, confidence %';

-- "office central"
update audit_event set office_id = substring(detail from 8), detail = null
    where action = 'RECEIVED' and detail like 'office %';

-- "from alice to bob", "to bob"
update audit_event
    set previous_assignee = substring(detail from 6 for position(' to ' in detail) - 6),
        assignee = substring(detail from position(' to ' in detail) + 4),
        detail = null
    where action in ('CLAIMED', 'ASSIGNED') and detail like 'from % to %';
update audit_event set assignee = substring(detail from 4), detail = null
    where action in ('CLAIMED', 'ASSIGNED') and detail like 'to %';

-- "was: <the asker's former text>": the action says what the detail is
update audit_event set detail = substring(detail from 6) where action = 'EDITED' and detail like 'was: %';

-- Askers act as "channel:reference"; staff's channel was not recorded before V72
update audit_event set channel = 'telegram' where actor like 'telegram:%';
update audit_event set channel = 'api' where actor like 'api:%';
