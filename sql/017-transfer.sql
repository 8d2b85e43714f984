-- 017: bank transfers by QR (issue 14, section 2). The bank of an
-- agency's published account by its NAPAS BIN, for the VietQR code on the
-- payment page and the receipt; the lines of the bank statements an
-- officer imports, each kept once, matched to the dossier whose code and
-- amount it carries or left waiting for the officer.

-- six digits (970436 Vietcombank, 970418 BIDV...); NULL: no QR code,
-- the account is shown in text only
ALTER TABLE agency
  ADD COLUMN bank_bin CHAR(6) CHARACTER SET ascii NULL AFTER bank_holder;

-- One line of an agency's bank statement, as imported. line_key makes it
-- once per agency: "ref:" and the bank's transaction reference ("rfh:"
-- and its SHA-256 if it is not plain ASCII), or, when the bank gives
-- none, "sha:" and the SHA-256 of the whole line as the file has it; a
-- file imported again, or a line twice in one file, adds nothing.
-- state: paid (it paid dossier_id's fee: payment_id), waiting (for the
-- officer, with why), assigned (the officer paid dossier_id with it) or
-- dismissed (the officer's reason in note). why: no code of the agency
-- in the content, a code no dossier of the agency has, two codes or
-- more, another amount than owed, a dossier that owes nothing now, one
-- no longer handled.
CREATE TABLE statement_line (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  agency_id INT UNSIGNED NOT NULL,
  line_key VARCHAR(80) CHARACTER SET ascii NOT NULL,
  bank_ref VARCHAR(60) NULL,
  booked_on DATE NOT NULL,
  amount BIGINT UNSIGNED NOT NULL,
  content VARCHAR(500) NOT NULL,
  state ENUM('paid', 'waiting', 'assigned', 'dismissed') NOT NULL,
  why ENUM('no_code', 'unknown', 'two_codes', 'amount', 'settled', 'closed') NULL,
  dossier_id BIGINT UNSIGNED NULL,
  payment_id BIGINT UNSIGNED NULL,
  note VARCHAR(500) NULL,
  imported_by BIGINT UNSIGNED NOT NULL,
  imported_at DATETIME NOT NULL,
  settled_by BIGINT UNSIGNED NULL,
  settled_at DATETIME NULL,
  UNIQUE KEY statement_line_key (agency_id, line_key),
  KEY statement_line_state (agency_id, state, id),
  -- the officer's page: the lines settled lately
  KEY statement_line_settled (agency_id, settled_at),
  CONSTRAINT statement_line_agency_fk FOREIGN KEY (agency_id) REFERENCES agency (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
