-- 018: e-receipts and refunds (issue 14, section 3; Article 8.2c).
--
-- Each paid payment has an electronic receipt (biên lai điện tử)
-- numbered per agency and calendar year, 1, 2, 3... without gaps: the
-- number is taken from receipt_seq under its row lock in the payment's
-- own transaction, so a payment rolled back takes no number.
CREATE TABLE receipt_seq (
  agency_id INT UNSIGNED NOT NULL,
  year SMALLINT UNSIGNED NOT NULL,
  last INT UNSIGNED NOT NULL,
  PRIMARY KEY (agency_id, year)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE payment
  ADD COLUMN receipt_year SMALLINT UNSIGNED NULL,
  ADD COLUMN receipt_seq INT UNSIGNED NULL,
  -- the refund made (state refunded): the day reception gives, the
  -- transfer's or the cash voucher's reference, who recorded it and when
  ADD COLUMN refund_on DATE NULL,
  ADD COLUMN refund_ref VARCHAR(60) NULL,
  ADD COLUMN refund_by BIGINT UNSIGNED NULL,
  ADD COLUMN refunded_at DATETIME NULL,
  ADD UNIQUE KEY payment_receipt (agency_id, receipt_year, receipt_seq),
  ADD KEY payment_refund (agency_id, refund_on);

-- Where the citizen wants a refund owed to them sent: the bank, the
-- account's number and its holder, given on the dossier's payment page.
ALTER TABLE dossier
  ADD COLUMN refund_bank VARCHAR(200) NULL,
  ADD COLUMN refund_account VARCHAR(40) NULL,
  ADD COLUMN refund_holder VARCHAR(200) NULL;
