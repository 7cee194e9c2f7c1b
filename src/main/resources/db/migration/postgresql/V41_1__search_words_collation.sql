-- Folded words are compared as bytes: with the "C" collation one btree serves the word-start range
-- (word >= 'tuyet' and word < 'tuyeu') and the ordering, as for person search (V5_1).
alter table portal_search_word alter column word type varchar(40) collate "C";
alter table decision_honour_word alter column word type varchar(40) collate "C";
