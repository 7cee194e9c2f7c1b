-- Each name key carries the person's current unit, so a unit officer's search seeks straight to
-- the matching names of the units in scope instead of reading the province's.
alter table organization_person_name_key add column unit_id bigint;
update organization_person_name_key k set unit_id = (
  select a.unit_id from organization_assignment a
  where a.organization_person = k.organization_person and a.to_date is null);
create index organization_person_name_key_unit_ix on organization_person_name_key (unit_id, name_key, organization_person);
