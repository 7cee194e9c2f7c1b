-- Two-factor sign-in (TOTP, RFC 6238) and the single-use recovery codes that stand in for a lost phone.
-- The secret is stored sealed (AES-GCM with the key from THIDUA_TWO_FACTOR_KEY, ADR 0019), never as text;
-- enabled_at is null while the account is setting it up (not yet confirmed with a code); last_used_step
-- is the last 30-second step a code was accepted for, so no code is accepted twice.
create table identity_second_factor (
  account_id bigint primary key references identity_account (id),
  secret_sealed varchar(200) not null,
  enabled_at timestamp with time zone,
  last_used_step bigint
);

-- Recovery codes: only their SHA-256 hash is kept; used_at marks one as spent.
create table identity_recovery_code (
  account_id bigint not null references identity_account (id),
  code_hash varchar(64) not null,
  used_at timestamp with time zone,
  constraint identity_recovery_code_pk primary key (account_id, code_hash)
);
