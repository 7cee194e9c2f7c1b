-- Person search reads keys in (name_key, person) order and stops at the limit: the index must
-- cover both columns, or the database sorts every match first.
drop index organization_person_name_key_ix;
create index organization_person_name_key_ix on organization_person_name_key (name_key, organization_person);
