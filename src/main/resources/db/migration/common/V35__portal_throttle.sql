-- Limits every instance shares (ADR 0023): one row per limited thing (a reader's address on an article
-- for the day, an address's or a visitor's comments), named by the SHA-256 of its key so no address is
-- stored. A request takes a slot with one conditional update ("hits < limit"), which the database
-- serialises per row, so concurrent requests on several instances agree on the count. Rows unused for
-- two days are deleted.
create table portal_throttle (
  bucket char(64) primary key,
  window_start timestamp with time zone not null,
  hits int not null
);
create index portal_throttle_window_ix on portal_throttle (window_start);
