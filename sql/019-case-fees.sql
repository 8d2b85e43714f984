-- 019: a fee per case of a procedure, and the people exempted from it
-- (issue 14, section 1: "the fee of a dossier comes from its procedure's
-- case and channel in the catalogue (fee, charge, exemptions as data)").
--
-- A case may have its own fee and charge (đồng), for every channel; NULL:
-- the channel's (proc_channel). Lý lịch tư pháp: 200.000 đồng, 100.000
-- for students and people of merit. A dossier copies its case's fee when
-- it is submitted (dossier_submit), like the channel's.
ALTER TABLE proc_case
  ADD COLUMN fee BIGINT UNSIGNED NULL,
  ADD COLUMN charge BIGINT UNSIGNED NULL;

-- Who the procedure's rules exempt from the fee (a child, a person of a
-- poor household...): listed on the procedure's page, and beside the
-- officer's exemption form.
ALTER TABLE proc_text
  MODIFY kind ENUM('legal_basis', 'keyword', 'fee_exemption') NOT NULL;
