-- The conversion of V72_2 rewrites audit rows once; the append-only triggers return in V72_3.
drop trigger audit_event_no_update;
drop trigger audit_event_no_delete;
