-- A meeting invitation says when and where the meeting is: the portal lists coming meetings first.
alter table portal_document add column meeting_at timestamp;
alter table portal_document add column venue varchar(500);
