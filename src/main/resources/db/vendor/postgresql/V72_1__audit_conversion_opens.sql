-- The conversion of V72_2 rewrites audit rows once; the append-only trigger returns in V72_3.
drop trigger audit_event_append_only on audit_event;
