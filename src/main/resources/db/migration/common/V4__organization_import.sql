-- Excel imports run in the background; their progress lives here so any instance can report it.
create table organization_import_job (
  id varchar(36) primary key,
  kind varchar(20) not null,
  username varchar(60) not null,
  file_name varchar(300) not null,
  status varchar(20) not null,
  phase varchar(20) not null,
  total_rows int not null default 0,
  processed_rows int not null default 0,
  imported_rows int not null default 0,
  problems varchar(200000),
  created_at timestamp with time zone not null,
  updated_at timestamp with time zone not null
);
create index organization_import_job_user_ix on organization_import_job (username, created_at);
