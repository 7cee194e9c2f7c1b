-- The secret ballot, sealed until closing (issue 14, ADR 0018). While a session is open a ballot
-- exists only as an AES-GCM sealed value under a key derived from a server secret the database never
-- holds; the member's participation row (council_ballot_cast) says nothing about the choice. Closing
-- opens the box in one transaction: the sealed rows are deleted and the choices inserted in a
-- canonical order (by nominee, then FOR, AGAINST, ABSTAIN) under fresh random keys, and the counts
-- are written into council_tally once. No ballot row carries a voter, a timestamp or a sequence.
create table council_sealed_ballot (
  id uuid primary key,
  session_id bigint not null references council_session (id),
  nominee_id bigint not null references commendation_nominee (id),
  sealed varchar(200) not null
);
create index council_sealed_ballot_session_ix on council_sealed_ballot (session_id);

create table council_ballot (
  id uuid primary key,
  session_id bigint not null references council_session (id),
  nominee_id bigint not null references commendation_nominee (id),
  choice varchar(10) not null
);
create index council_ballot_session_ix on council_ballot (session_id, nominee_id);

-- The session's roll: the council's members when the ballot opened. It is the threshold's
-- denominator and the list the minutes show; members added later neither count nor vote.
create table council_session_roll (
  session_id bigint not null references council_session (id),
  member_id bigint not null references council_member (id),
  constraint council_session_roll_pk primary key (session_id, member_id)
);
insert into council_session_roll (session_id, member_id)
  select s.id, m.id from council_session s join council_member m on m.council_id = s.council_id
  where s.status <> 'PLANNED';
