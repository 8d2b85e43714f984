-- 003: accounts for citizens and organisations, sessions, one-time links,
-- login throttling, two-factor authentication, the audit trail and the
-- mail outbox (accounts issue; Articles 4, 6 and 13.5).

-- The person's record. Citizens and organisations register themselves;
-- an organisation's account is held by a person (full_name, id_number)
-- on behalf of the organisation (org_name, tax_code, representative).
ALTER TABLE account
  MODIFY status ENUM('pending', 'active', 'disabled', 'deleted') NOT NULL DEFAULT 'pending',
  -- 12-digit citizen identity number (CCCD); unique among accounts
  ADD COLUMN id_number CHAR(12) NULL AFTER phone,
  ADD COLUMN birth_date DATE NULL AFTER id_number,
  ADD COLUMN address VARCHAR(300) NULL AFTER birth_date,
  ADD COLUMN org_name VARCHAR(200) NULL AFTER address,
  -- mã số thuế: 10 digits, or 10 digits, '-' and 3 for a branch
  ADD COLUMN tax_code VARCHAR(14) NULL AFTER org_name,
  ADD COLUMN representative VARCHAR(100) NULL AFTER tax_code,
  ADD COLUMN email_confirmed_at DATETIME NULL,
  -- two-factor authentication (RFC 6238): the secret sealed with a key
  -- derived from Security.SecretFile (cgi/domain/totp.c), and the last
  -- time step accepted, so a code is good once
  ADD COLUMN totp_secret VARBINARY(128) NULL,
  ADD COLUMN totp_enabled TINYINT(1) NOT NULL DEFAULT 0,
  ADD COLUMN totp_last_step BIGINT NOT NULL DEFAULT 0,
  ADD COLUMN password_changed_at DATETIME NULL,
  ADD COLUMN deleted_at DATETIME NULL,
  ADD UNIQUE KEY account_phone (phone),
  ADD UNIQUE KEY account_id_number (id_number);

-- Sessions. Only the SHA-256 of the token is stored: a copy of this table
-- lets nobody in. stage: 'full', or a staff login waiting for its second
-- factor ('totp') or for the person to set one up ('enrol').
CREATE TABLE session (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  token_hash BINARY(32) NOT NULL,
  account_id BIGINT UNSIGNED NOT NULL,
  stage ENUM('full', 'totp', 'enrol') NOT NULL DEFAULT 'full',
  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  last_seen DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  expires_at DATETIME NOT NULL,
  client_ip VARCHAR(45) NULL,
  user_agent VARCHAR(200) NULL,
  UNIQUE KEY session_token (token_hash),
  KEY session_account (account_id),
  KEY session_expiry (expires_at),
  CONSTRAINT session_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Links sent by mail: confirm the address, reset the password. Stored as
-- SHA-256 of the token; single use (used_at), expiring.
CREATE TABLE account_token (
  token_hash BINARY(32) NOT NULL PRIMARY KEY,
  account_id BIGINT UNSIGNED NOT NULL,
  purpose ENUM('confirm', 'reset') NOT NULL,
  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  expires_at DATETIME NOT NULL,
  used_at DATETIME NULL,
  KEY account_token_account (account_id, purpose),
  CONSTRAINT account_token_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Two-factor recovery codes, as HMAC-SHA-256 under the site secret.
CREATE TABLE account_recovery (
  account_id BIGINT UNSIGNED NOT NULL,
  code_hash BINARY(32) NOT NULL,
  used_at DATETIME NULL,
  PRIMARY KEY (account_id, code_hash),
  CONSTRAINT account_recovery_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Failed logins, per key: 'a:<account id>' and 'i:<client address>'.
-- Delays grow with the count; a quiet period clears it (cgi/domain/
-- session.c). A row per key, not per attempt: an attack cannot fill the
-- disk.
CREATE TABLE login_throttle (
  k VARCHAR(80) NOT NULL PRIMARY KEY,
  failures INT UNSIGNED NOT NULL DEFAULT 0,
  last_failure DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  blocked_until DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- The audit trail: append-only. Each record's mac is
-- HMAC-SHA-256(Audit.KeyFile, previous mac || the record's fields), so a
-- changed, deleted, inserted or reordered record breaks the chain
-- (dvcctl audit verify). The responders' accounts may INSERT and SELECT,
-- never UPDATE or DELETE (sql/grants.sql).
CREATE TABLE audit (
  seq BIGINT UNSIGNED NOT NULL PRIMARY KEY,
  at DATETIME(6) NOT NULL,
  actor_id BIGINT UNSIGNED NULL,
  actor_kind VARCHAR(16) NOT NULL,
  action VARCHAR(40) NOT NULL,
  object_type VARCHAR(24) NULL,
  object_id BIGINT UNSIGNED NULL,
  -- the person the object belongs to: "who opened my data"
  owner_id BIGINT UNSIGNED NULL,
  agency_id INT UNSIGNED NULL,
  client_ip VARCHAR(45) NULL,
  detail VARCHAR(500) NULL,
  mac BINARY(32) NOT NULL,
  KEY audit_owner (owner_id, seq),
  KEY audit_actor (actor_id, seq)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The head of the chain: one row, locked by each writer so records are
-- numbered and chained one at a time, on one server or many (Galera
-- turns concurrent writers into a retried deadlock).
CREATE TABLE audit_head (
  id TINYINT UNSIGNED NOT NULL PRIMARY KEY,
  seq BIGINT UNSIGNED NOT NULL,
  mac BINARY(32) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO audit_head (id, seq, mac) VALUES (1, 0, REPEAT(CHAR(0), 32));

-- Mail waiting to be sent, written in the same transaction as the event
-- that causes it; delivered by `dvcctl mail send` through sendmail.
CREATE TABLE mail_outbox (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  to_addr VARCHAR(254) NOT NULL,
  subject VARCHAR(200) NOT NULL,
  body_text MEDIUMTEXT NOT NULL,
  body_html MEDIUMTEXT NULL,
  status ENUM('queued', 'sent', 'failed') NOT NULL DEFAULT 'queued',
  attempts INT UNSIGNED NOT NULL DEFAULT 0,
  next_attempt_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  last_error VARCHAR(300) NULL,
  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  sent_at DATETIME NULL,
  KEY mail_outbox_due (status, next_attempt_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
