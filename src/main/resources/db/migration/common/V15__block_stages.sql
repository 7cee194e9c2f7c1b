-- The steps of a block's year as they happen (law.md §4.3; emulation_plans.json block_year_cycle):
-- pact signed, mid-year cross-inspection, interim review, year-end scoring, vote, hand-over.
create table scoring_block_stage (
  block_year_id bigint not null references scoring_block_year (id),
  stage varchar(30) not null,
  held_on date not null,
  note varchar(1000),
  recorded_by varchar(100) not null,
  constraint scoring_block_stage_pk primary key (block_year_id, stage)
);
