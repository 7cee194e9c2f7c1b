-- A revocation decision's recipient points at the award it revokes.
alter table decision_recipient add column revokes_recipient_id bigint references decision_recipient (id);
alter table decision_decision add column reason varchar(2000);
