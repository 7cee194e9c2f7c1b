-- What several instances on one database agree on (ADR 0027).
-- A cache's epoch: a change that makes the pages some cache keeps stale adds one, after its commit;
-- every instance reads the table every thidua.cluster.epoch-poll (250 ms) and drops pages kept at an
-- older epoch, so a change on one instance shows on every other within a second.
create table cluster_cache_epoch (
  name varchar(60) primary key,
  epoch bigint not null
);

-- A scheduled job's run, claimed once across instances: the first instance to insert (job, slot) runs
-- it, every other one finds the row and skips that slot. Rows older than 60 days are deleted.
create table cluster_job_run (
  job varchar(60) not null,
  slot varchar(40) not null,
  instance varchar(120) not null,
  claimed_at timestamp with time zone not null,
  primary key (job, slot)
);
create index cluster_job_run_claimed_ix on cluster_job_run (claimed_at);
