-- Audit entries sealed with a secret key (HMAC-SHA256, ADR 0020): each new entry carries its place in the
-- chain (seq, from 1) and the kind of seal (1 = the unkeyed SHA-256 of entries written before this change,
-- 2 = keyed). The chain head also counts the entries, so a removed tail shows even before the next write.
alter table audit_entry add column seq bigint;
alter table audit_entry add column seal_version smallint default 1 not null;
alter table audit_chain_head add column entry_count bigint default 0 not null;
update audit_chain_head set entry_count = (select count(*) from audit_entry) where id = 1;
