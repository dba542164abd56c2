create trigger audit_event_no_update before update on audit_event
    for each row call 'org.standingoffice.desk.internal.AppendOnlyTrigger';
create trigger audit_event_no_delete before delete on audit_event
    for each row call 'org.standingoffice.desk.internal.AppendOnlyTrigger';
