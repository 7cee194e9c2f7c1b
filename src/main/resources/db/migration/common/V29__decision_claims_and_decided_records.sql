-- Issue 14 (cases 2-4), ADR 0017.
-- 1. An approved nominee enters at most one decision: drafting claims each nominee in this table,
--    whose primary key refuses a second claim, so drafts made at the same moment cannot both name
--    the same nominee. Discarding a draft releases its claims; a revocation does not (the approval
--    was spent: a new award needs a new dossier).
create table decision_nominee_claim (
  nominee_id bigint primary key references commendation_nominee (id),
  decision_id bigint not null references decision_decision (id),
  recipient_id bigint not null references decision_recipient (id)
);
insert into decision_nominee_claim (nominee_id, decision_id, recipient_id)
select r.nominee_id, min(r.decision_id), min(r.id)
from decision_recipient r join decision_decision d on d.id = r.decision_id
where d.kind = 'AWARD' and r.nominee_id is not null
  and r.decision_id = (select min(r2.decision_id) from decision_recipient r2 join decision_decision d2 on d2.id = r2.decision_id
                       where d2.kind = 'AWARD' and r2.nominee_id = r.nominee_id)
group by r.nominee_id;

-- 2. A signed revocation's own lines are revoked awards too: their codes verify as revoked.
update decision_recipient set status = 'REVOKED', revoked_by = decision_id
where decision_id in (select id from decision_decision where kind = 'REVOCATION' and status = 'SIGNED');

-- 3. A record's title or form that a signed decision put there names that award (the recipient line
--    of the awarding decision): it is read-only in the records, and only a later decision changes it.
alter table achievement_title add column decided_award_id bigint;
alter table achievement_award add column decided_award_id bigint;
alter table achievement_collective_title add column decided_award_id bigint;
alter table achievement_collective_award add column decided_award_id bigint;
create index achievement_title_decided_ix on achievement_title (decided_award_id);
create index achievement_award_decided_ix on achievement_award (decided_award_id);
create index achievement_collective_title_decided_ix on achievement_collective_title (decided_award_id);
create index achievement_collective_award_decided_ix on achievement_collective_award (decided_award_id);

-- Facts recorded by signings before this change cite the decision as "05/QĐ-UBND ngày 27/11/2026".
create table decision_citation_tmp (
  recipient_id bigint primary key,
  person_id bigint,
  unit_id bigint,
  award varchar(60) not null,
  cited varchar(200) not null
);
insert into decision_citation_tmp (recipient_id, person_id, unit_id, award, cited)
select r.id, case when r.subject = 'COLLECTIVE' then null else r.person_id end,
       case when r.subject = 'COLLECTIVE' then r.unit_id else null end, r.award,
       case when d.number < 10 then '0' else '' end || cast(d.number as varchar(10)) || '/' || d.symbol || ' ngày '
         || case when extract(day from d.decided_on) < 10 then '0' else '' end || cast(cast(extract(day from d.decided_on) as int) as varchar(2))
         || '/' || case when extract(month from d.decided_on) < 10 then '0' else '' end || cast(cast(extract(month from d.decided_on) as int) as varchar(2))
         || '/' || cast(cast(extract(year from d.decided_on) as int) as varchar(4))
from decision_recipient r join decision_decision d on d.id = r.decision_id
where d.kind = 'AWARD' and d.status = 'SIGNED' and d.number is not null and d.decided_on is not null;

update achievement_title set decided_award_id = (select min(c.recipient_id) from decision_citation_tmp c
  where c.person_id = achievement_title.person_id and c.award = achievement_title.title and c.cited = achievement_title.decision)
where decision is not null;
update achievement_award set decided_award_id = (select min(c.recipient_id) from decision_citation_tmp c
  where c.person_id = achievement_award.person_id and c.award = achievement_award.form and c.cited = achievement_award.decision)
where decision is not null;
update achievement_collective_title set decided_award_id = (select min(c.recipient_id) from decision_citation_tmp c
  where c.unit_id = achievement_collective_title.unit_id and c.award = achievement_collective_title.title
    and c.cited = achievement_collective_title.decision)
where decision is not null;
update achievement_collective_award set decided_award_id = (select min(c.recipient_id) from decision_citation_tmp c
  where c.unit_id = achievement_collective_award.unit_id and c.award = achievement_collective_award.form
    and c.cited = achievement_collective_award.decision)
where decision is not null;
drop table decision_citation_tmp;
