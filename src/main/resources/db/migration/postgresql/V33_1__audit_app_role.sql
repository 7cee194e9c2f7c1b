-- TRUNCATE fires no row trigger: refuse it with a statement trigger as well (ADR 0020).
create trigger audit_entry_no_truncate before truncate on audit_entry
  for each statement execute function audit_entry_refuse_change();

-- The application connects as a less-privileged role (placeholder approle, from THIDUA_DB_APP_ROLE):
-- all it needs on every table, but on audit_entry only SELECT and INSERT. Migrations run as the owner
-- (spring.flyway.user). Without a configured role this does nothing and the application uses the
-- owner's account, as before.
do $$
declare
  app text := '${approle}';
  s text := current_schema();
begin
  if app = '' then
    raise notice 'no application role configured: the application connects as the owner';
    return;
  end if;
  if not exists (select 1 from pg_roles where rolname = app) then
    raise exception 'application role "%" does not exist: create it (create role % login password ...) first', app, app;
  end if;
  if app = current_user then
    raise exception 'the application role "%" must not be the owner that runs the migrations', app;
  end if;
  execute format('grant usage on schema %I to %I', s, app);
  execute format('grant select, insert, update, delete on all tables in schema %I to %I', s, app);
  execute format('grant usage, select on all sequences in schema %I to %I', s, app);
  execute format('revoke update, delete, truncate, references, trigger on audit_entry from %I', app);
  if exists (select 1 from pg_tables where schemaname = s and tablename = 'flyway_schema_history') then
    execute format('revoke insert, update, delete, truncate on flyway_schema_history from %I', app);
  end if;
  -- tables and sequences later migrations create (as this owner) are the application's to use too
  execute format('alter default privileges in schema %I grant select, insert, update, delete on tables to %I', s, app);
  execute format('alter default privileges in schema %I grant usage, select on sequences to %I', s, app);
end $$;
