-- Issue 14: what a signature must sign. The PDF the system generates for an issued decision is kept
-- once, with its SHA-256, so that an uploaded signed file can be checked to be exactly this document
-- with nothing but the signature added; and each decision names the account of its signer, whose
-- certificate identity (configured) the signature must carry.
create table decision_document (
  decision_id bigint primary key references decision_decision (id),
  content bytea not null,
  size_bytes bigint not null,
  sha256 char(64) not null,
  generated_at timestamp with time zone not null
);

alter table decision_decision add column signer_account varchar(60);
