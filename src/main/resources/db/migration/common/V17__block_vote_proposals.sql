-- What the block's vote (suy tôn) proposes: the leading unit for the emulation flag, the next ones
-- for the certificate of merit (law.md §4.3, Outcomes). Nomination dossiers start from these.
create table scoring_vote_proposal (
  block_year_id bigint not null references scoring_block_year (id),
  unit_id bigint not null references organization_unit (id),
  proposal varchar(20) not null,
  block_rank int not null,
  constraint scoring_vote_proposal_pk primary key (block_year_id, unit_id)
);
