create trigger audit_event_append_only
    before update or delete on audit_event
    for each row execute function refuse_audit_change();
