-- Folded keys are plain ASCII: with the "C" collation one btree serves both the prefix LIKE and
-- the ordering (a varchar_pattern_ops index serves only the LIKE).
drop index organization_person_name_key_pattern_ix;
alter table organization_person_name_key alter column name_key type varchar(200) collate "C";
