-- A nominee list kept between its preview and the user's confirmation (issue 19, ADR 0032):
-- the file itself, for the account that uploaded it and the dossier it is for. Rows older than a
-- day are deleted whenever another list is previewed. Nothing is added to the dossier from here
-- until the user confirms.
create table commendation_import_preview (
  token varchar(36) primary key,
  dossier_id bigint not null references commendation_dossier (id) on delete cascade,
  username varchar(100) not null,
  file_name varchar(255) not null,
  content bytea not null,
  created_at timestamp with time zone not null
);
create index commendation_import_preview_created on commendation_import_preview (created_at);
