-- Issue 18 (national volume), ADR 0028. Search answers from an index of words: every searchable
-- item's text folded (no diacritics, "đ" as "d", lower case), cut into words, one row per distinct
-- word; a query word is a range on the word (word-start match), so one btree answers it on H2 and
-- PostgreSQL alike. The words are written by the application when the item is written.

-- Portal articles (kind 'A') and documents (kind 'D'): title, summary, body / number, issuer.
create table portal_search_word (
  kind char(1) not null,
  item_id bigint not null,
  word varchar(40) not null,
  constraint portal_search_word_pk primary key (kind, word, item_id)
);
create index portal_search_word_item_ix on portal_search_word (kind, item_id, word);

-- The honour roll: a recipient of a signed award decision, by name and position.
create table decision_honour_word (
  word varchar(40) not null,
  recipient_id bigint not null references decision_recipient (id),
  constraint decision_honour_word_pk primary key (word, recipient_id)
);
create index decision_honour_word_recipient_ix on decision_honour_word (recipient_id, word);

-- The honour roll's order on the recipient itself (set when the decision is signed), so the newest
-- entries are read from one index and the walk stops at the page's size instead of sorting a
-- million rows joined to their decisions.
alter table decision_recipient add column honoured_on date;
alter table decision_recipient add column decision_number int;
update decision_recipient r
   set honoured_on = (select d.decided_on from decision_decision d
                       where d.id = r.decision_id and d.status = 'SIGNED' and d.kind <> 'REVOCATION'),
       decision_number = (select d.number from decision_decision d
                           where d.id = r.decision_id and d.status = 'SIGNED' and d.kind <> 'REVOCATION');
create index decision_recipient_honour_ix on decision_recipient (honoured_on desc, decision_number desc, seq);

-- The portal's lists read the newest published items of a kind and stop at the page's size.
create index portal_article_published_ix on portal_article (status, published_at desc, id desc);
create index portal_article_category_ix on portal_article (status, category, published_at desc, id desc);
create index portal_document_section_ix on portal_document (status, section, issued_on desc, id desc);

-- The national-volume loader's progress (demo module): how far each step has come, so a load that
-- was stopped resumes where it stopped.
create table demo_volume_step (
  step varchar(40) primary key,
  done bigint not null,
  target bigint not null
);
