-- The basis of each form received (law.md R18): thematic and sudden awards never open the chains of
-- regular ones. Everything recorded so far was a regular award.
alter table achievement_award add basis varchar(20) default 'REGULAR' not null;
alter table achievement_collective_award add basis varchar(20) default 'REGULAR' not null;
