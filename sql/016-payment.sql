-- 016: fees and payment (issue 14; Articles 7.1b, 7.2b, 8.2c). What a
-- dossier owes is copied from its procedure's online channel when it is
-- submitted, with the moment the procedure wants it paid, so that a
-- re-imported catalogue moves neither. Each payment has a state and a
-- history of its changes, each with its source.

-- When the fee is due (the catalogue's pay_when): before reception
-- accepts the dossier (submission), before it goes to the specialist
-- department (acceptance, the default), or before the result is
-- returned (return). The workflow refuses that step until it is paid or
-- exempted (cgi/domain/workflow.c, rows with pay_due).
ALTER TABLE proc
  ADD COLUMN pay_when ENUM('submission', 'acceptance', 'return') NOT NULL
    DEFAULT 'acceptance' AFTER level_2022;

ALTER TABLE dossier
  -- owed, in đồng: the fee (lệ phí) and the charge (phí) of the
  -- procedure's online channel at submission; 0 and 0: nothing owed
  ADD COLUMN fee_amount BIGINT UNSIGNED NOT NULL DEFAULT 0,
  ADD COLUMN fee_charge BIGINT UNSIGNED NOT NULL DEFAULT 0,
  ADD COLUMN pay_when ENUM('submission', 'acceptance', 'return') NOT NULL
    DEFAULT 'acceptance',
  -- an officer exempted the dossier (the procedure's exemptions: a
  -- child, a poor household...), with the reason, who and when
  ADD COLUMN fee_exempt_reason VARCHAR(500) NULL,
  ADD COLUMN fee_exempt_by BIGINT UNSIGNED NULL,
  ADD COLUMN fee_exempt_at DATETIME NULL;

-- One payment of a dossier's fee, whichever way. amount: what was paid
-- (or asked of a gateway); owed: what the dossier owed then; a counter
-- payment of another amount carries the officer's reason. receipt_no:
-- the paper receipt's number at the counter. At most one paid payment
-- per dossier: the dossier's row lock (fee_paid) orders them.
CREATE TABLE payment (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  dossier_id BIGINT UNSIGNED NOT NULL,
  agency_id INT UNSIGNED NOT NULL,
  method ENUM('counter', 'gateway', 'transfer') NOT NULL,
  -- at the counter: cash, card (a POS terminal) or transfer (to the
  -- agency's account, shown at the counter)
  means ENUM('cash', 'card', 'transfer') NULL,
  state ENUM('started', 'pending', 'paid', 'failed', 'cancelled', 'refunded') NOT NULL,
  amount BIGINT UNSIGNED NOT NULL,
  owed BIGINT UNSIGNED NOT NULL,
  currency CHAR(3) CHARACTER SET ascii NOT NULL DEFAULT 'VND',
  receipt_no VARCHAR(40) NULL,
  reason VARCHAR(500) NULL,
  -- online: our order reference (vnp_TxnRef) and the gateway's number
  -- for the transaction, once its notification came
  order_ref VARCHAR(40) CHARACTER SET ascii NULL,
  gateway_txn VARCHAR(40) NULL,
  created_by BIGINT UNSIGNED NULL,
  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  paid_at DATETIME NULL,
  UNIQUE KEY payment_order (order_ref),
  KEY payment_dossier (dossier_id, id),
  KEY payment_pending (state, created_at),
  KEY payment_agency (agency_id, paid_at),
  CONSTRAINT payment_dossier_fk FOREIGN KEY (dossier_id) REFERENCES dossier (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every change of a payment's state, with where it came from; only grows.
CREATE TABLE payment_event (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  payment_id BIGINT UNSIGNED NOT NULL,
  state_from ENUM('started', 'pending', 'paid', 'failed', 'cancelled', 'refunded') NULL,
  state_to ENUM('started', 'pending', 'paid', 'failed', 'cancelled', 'refunded') NOT NULL,
  source ENUM('officer', 'gateway', 'statement', 'citizen') NOT NULL,
  actor_id BIGINT UNSIGNED NULL,
  note VARCHAR(500) NULL,
  at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  KEY payment_event_p (payment_id, id),
  CONSTRAINT payment_event_fk FOREIGN KEY (payment_id) REFERENCES payment (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
