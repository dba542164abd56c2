-- The audit trail and the answer register's history are append-only: the database itself
-- refuses to change or delete audit rows, whatever code or person tries.
create function refuse_audit_change() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only: % refused', tg_op;
end;
$$;

create trigger audit_event_append_only
    before update or delete on audit_event
    for each row execute function refuse_audit_change();
