-- An article drafted for the editors when a movement is launched keeps the movement it announces,
-- so its page links to the movement's page.
alter table portal_article add column movement_id bigint;
