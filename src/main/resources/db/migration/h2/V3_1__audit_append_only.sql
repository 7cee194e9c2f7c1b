-- The append-only rule is enforced by a trigger on PostgreSQL; on the embedded H2 database the
-- application never issues UPDATE or DELETE on audit_entry, and the hash chain reveals any edit.
select 1;
