-- Database accounts of the responders, with only the grants each needs.
-- Applied by `dvcctl migrate` after the migrations, unless Db.SingleUser = 1
-- (hosts that give one database account). Placeholders, filled in from the
-- configuration by dvcctl after checking them: @db@ (Db.Name),
-- @host@ (Db.GrantHost), @public@ and @api@ (Db.Public.User, Db.Api.User),
-- @public_pw@ and @api_pw@ (their passwords, which dvcctl checks hold no
-- quote, backslash or control character). The passwords go in as they
-- are, not as hashes: a password-validation plugin (simple_password_check,
-- cracklib_password_check) can judge only those, and with
-- strict_password_validation (the default) refuses a hash and an account
-- without a password. Re-applied on every migrate: each account ends with
-- exactly this list, without a moment in which it lacks a grant it needs
-- (cgi/ctl/migrate.c: the file goes as it is to a staging account
-- <name>_next, the real account gets the file without its REVOKE ALL
-- lines, then loses only what it holds beyond the staging one). So each
-- account's statements begin with CREATE USER, ALTER USER and a one-line
-- REVOKE ALL, as below. The owner account that runs migrate (Db.Owner.User)
-- is made by the hosting admin; see docs/operator-guide.md.

-- dvc-public: anonymous visitors. Reads what is public, counts views,
-- adds feedback.
CREATE USER IF NOT EXISTS '@public@'@'@host@' IDENTIFIED BY '@public_pw@';
ALTER USER '@public@'@'@host@' IDENTIFIED BY '@public_pw@';
REVOKE ALL PRIVILEGES, GRANT OPTION FROM '@public@'@'@host@';
GRANT SELECT ON `@db@`.announcement TO '@public@'@'@host@';
GRANT SELECT (id, client_ip, created_at), INSERT ON `@db@`.feedback TO '@public@'@'@host@';
GRANT SELECT ON `@db@`.catalog_version TO '@public@'@'@host@';
GRANT SELECT ON `@db@`.agency TO '@public@'@'@host@';
GRANT SELECT ON `@db@`.agency_event TO '@public@'@'@host@';
GRANT SELECT ON `@db@`.field TO '@public@'@'@host@';
GRANT SELECT ON `@db@`.proc TO '@public@'@'@host@';
GRANT SELECT ON `@db@`.proc_agency TO '@public@'@'@host@';
GRANT SELECT ON `@db@`.proc_case TO '@public@'@'@host@';
GRANT SELECT ON `@db@`.proc_step TO '@public@'@'@host@';
GRANT SELECT ON `@db@`.proc_channel TO '@public@'@'@host@';
GRANT SELECT ON `@db@`.proc_document TO '@public@'@'@host@';
GRANT SELECT ON `@db@`.proc_text TO '@public@'@'@host@';
GRANT SELECT ON `@db@`.proc_relation TO '@public@'@'@host@';
GRANT SELECT ON `@db@`.proc_process TO '@public@'@'@host@';
GRANT SELECT, INSERT, UPDATE (proc_id, views) ON `@db@`.proc_stat TO '@public@'@'@host@';
GRANT SELECT ON `@db@`.calendar_day TO '@public@'@'@host@';
-- /_health and /_metrics: the mail queue's size and age, and how many
-- dossiers wait in each status; no address, subject or dossier content.
GRANT SELECT (status, created_at) ON `@db@`.mail_outbox TO '@public@'@'@host@';
GRANT SELECT (status) ON `@db@`.dossier TO '@public@'@'@host@';

-- dvc-api: programs of other sites. Reads the catalogue, nothing else.
CREATE USER IF NOT EXISTS '@api@'@'@host@' IDENTIFIED BY '@api_pw@';
ALTER USER '@api@'@'@host@' IDENTIFIED BY '@api_pw@';
REVOKE ALL PRIVILEGES, GRANT OPTION FROM '@api@'@'@host@';
GRANT SELECT ON `@db@`.announcement TO '@api@'@'@host@';
GRANT SELECT ON `@db@`.catalog_version TO '@api@'@'@host@';
GRANT SELECT ON `@db@`.agency TO '@api@'@'@host@';
GRANT SELECT ON `@db@`.agency_event TO '@api@'@'@host@';
GRANT SELECT ON `@db@`.field TO '@api@'@'@host@';
GRANT SELECT ON `@db@`.proc TO '@api@'@'@host@';
GRANT SELECT ON `@db@`.proc_agency TO '@api@'@'@host@';
GRANT SELECT ON `@db@`.proc_case TO '@api@'@'@host@';
GRANT SELECT ON `@db@`.proc_step TO '@api@'@'@host@';
GRANT SELECT ON `@db@`.proc_channel TO '@api@'@'@host@';
GRANT SELECT ON `@db@`.proc_document TO '@api@'@'@host@';
GRANT SELECT ON `@db@`.proc_text TO '@api@'@'@host@';
GRANT SELECT ON `@db@`.proc_relation TO '@api@'@'@host@';
GRANT SELECT ON `@db@`.proc_process TO '@api@'@'@host@';
GRANT SELECT ON `@db@`.proc_stat TO '@api@'@'@host@';

-- dvc-account: registration, login, sessions, personal data, staff
-- pages. The audit trail is append-only for it: INSERT and SELECT, never
-- UPDATE or DELETE; the chain head is the one row it updates.
CREATE USER IF NOT EXISTS '@account@'@'@host@' IDENTIFIED BY '@account_pw@';
ALTER USER '@account@'@'@host@' IDENTIFIED BY '@account_pw@';
REVOKE ALL PRIVILEGES, GRANT OPTION FROM '@account@'@'@host@';
GRANT SELECT ON `@db@`.agency TO '@account@'@'@host@';
GRANT SELECT ON `@db@`.announcement TO '@account@'@'@host@';
GRANT SELECT ON `@db@`.catalog_version TO '@account@'@'@host@';
GRANT SELECT, INSERT, UPDATE, DELETE ON `@db@`.account TO '@account@'@'@host@';
GRANT SELECT ON `@db@`.account_role TO '@account@'@'@host@';
GRANT SELECT, INSERT, UPDATE, DELETE ON `@db@`.session TO '@account@'@'@host@';
GRANT SELECT, INSERT, UPDATE, DELETE ON `@db@`.account_token TO '@account@'@'@host@';
GRANT SELECT, INSERT, UPDATE, DELETE ON `@db@`.account_recovery TO '@account@'@'@host@';
GRANT SELECT, INSERT, UPDATE, DELETE ON `@db@`.login_throttle TO '@account@'@'@host@';
GRANT SELECT, INSERT ON `@db@`.audit TO '@account@'@'@host@';
GRANT SELECT ON `@db@`.audit_head TO '@account@'@'@host@';
GRANT SELECT, INSERT ON `@db@`.mail_outbox TO '@account@'@'@host@';
-- open dossiers block erasing an account; drafts go with it; the page
-- of who read what names a dossier by its code; the staff pages' menu
-- counts the dossiers waiting in each list of the officer's agency
-- (domain/queue.c queue_counts: no applicant, no content)
GRANT SELECT (id, code, owner_id, status, agency_id, proposal_action, collected_at,
  return_method), DELETE ON `@db@`.dossier TO '@account@'@'@host@';

-- dvc-dossier: citizens' dossiers and tracking. Reads the catalogue and
-- the person's account and session; writes drafts, dossiers, their files
-- and history; appends to the audit trail and the outbox. No access to
-- passwords, tokens or other people's accounts beyond the session row.
CREATE USER IF NOT EXISTS '@dossier@'@'@host@' IDENTIFIED BY '@dossier_pw@';
ALTER USER '@dossier@'@'@host@' IDENTIFIED BY '@dossier_pw@';
REVOKE ALL PRIVILEGES, GRANT OPTION FROM '@dossier@'@'@host@';
GRANT SELECT ON `@db@`.agency TO '@dossier@'@'@host@';
GRANT SELECT ON `@db@`.proc TO '@dossier@'@'@host@';
GRANT SELECT ON `@db@`.proc_agency TO '@dossier@'@'@host@';
GRANT SELECT ON `@db@`.proc_case TO '@dossier@'@'@host@';
GRANT SELECT ON `@db@`.proc_channel TO '@dossier@'@'@host@';
GRANT SELECT ON `@db@`.proc_document TO '@dossier@'@'@host@';
GRANT SELECT (id, kind, email, phone, id_number, birth_date, address, org_name,
  tax_code, representative, full_name, status, totp_enabled, agency_id, created_at,
  email_confirmed_at, password_changed_at) ON `@db@`.account TO '@dossier@'@'@host@';
GRANT SELECT ON `@db@`.account_role TO '@dossier@'@'@host@';
GRANT SELECT, UPDATE (last_seen), DELETE ON `@db@`.session TO '@dossier@'@'@host@';
GRANT SELECT, INSERT, UPDATE, DELETE ON `@db@`.dossier TO '@dossier@'@'@host@';
GRANT SELECT, INSERT, UPDATE ON `@db@`.dossier_seq TO '@dossier@'@'@host@';
GRANT SELECT, INSERT, DELETE ON `@db@`.dossier_doc TO '@dossier@'@'@host@';
GRANT SELECT, INSERT, UPDATE, DELETE ON `@db@`.dossier_file TO '@dossier@'@'@host@';
GRANT SELECT, INSERT ON `@db@`.dossier_event TO '@dossier@'@'@host@';
GRANT SELECT, INSERT, UPDATE ON `@db@`.track_throttle TO '@dossier@'@'@host@';
GRANT SELECT, INSERT ON `@db@`.audit TO '@dossier@'@'@host@';
GRANT SELECT ON `@db@`.audit_head TO '@dossier@'@'@host@';
GRANT SELECT, INSERT ON `@db@`.mail_outbox TO '@dossier@'@'@host@';
GRANT SELECT ON `@db@`.calendar_day TO '@account@'@'@host@';
-- the citizen's side of the workflow: reads the notices and the clock,
-- supplements in place (the clock resumes: pauses and the calendar)
GRANT SELECT ON `@db@`.calendar_day TO '@dossier@'@'@host@';
GRANT SELECT, UPDATE ON `@db@`.dossier_doc TO '@dossier@'@'@host@';
GRANT SELECT, INSERT, UPDATE ON `@db@`.dossier_pause TO '@dossier@'@'@host@';
GRANT SELECT ON `@db@`.notice TO '@dossier@'@'@host@';
-- reception's marks come with the documents (dossier_load)
GRANT SELECT ON `@db@`.dossier_check TO '@dossier@'@'@host@';

-- dvc-office: the back office. Reads the catalogue's time limits and
-- fees, sessions and staff roles, submitted dossiers with their files;
-- changes a dossier only in its workflow columns (never the applicant's
-- declaration or files), records checks, pauses, notices and history;
-- appends to the audit trail and the outbox. Cannot make or delete
-- dossiers or accounts.
CREATE USER IF NOT EXISTS '@office@'@'@host@' IDENTIFIED BY '@office_pw@';
ALTER USER '@office@'@'@host@' IDENTIFIED BY '@office_pw@';
REVOKE ALL PRIVILEGES, GRANT OPTION FROM '@office@'@'@host@';
GRANT SELECT ON `@db@`.agency TO '@office@'@'@host@';
GRANT SELECT ON `@db@`.proc TO '@office@'@'@host@';
GRANT SELECT ON `@db@`.proc_channel TO '@office@'@'@host@';
GRANT SELECT ON `@db@`.calendar_day TO '@office@'@'@host@';
GRANT SELECT (id, kind, email, phone, full_name, org_name, status, totp_enabled, agency_id,
  created_at, password_changed_at) ON `@db@`.account TO '@office@'@'@host@';
GRANT SELECT ON `@db@`.account_role TO '@office@'@'@host@';
GRANT SELECT, UPDATE (last_seen), DELETE ON `@db@`.session TO '@office@'@'@host@';
GRANT SELECT, UPDATE (status, version, updated_at, received_at, limit_days_tenths,
  limit_hours_tenths, extension_tenths, due_at, due_explain, clock, resume_status,
  handover_due_at, handed_over_at, proposal_notice_id, proposal_action,
  return_method, post_tracking, collected_at, refund_due, supplemented_at,
  opinions, reception_due_at)
  ON `@db@`.dossier TO '@office@'@'@host@';
GRANT SELECT, UPDATE (supplement) ON `@db@`.dossier_doc TO '@office@'@'@host@';
GRANT SELECT ON `@db@`.dossier_file TO '@office@'@'@host@';
GRANT SELECT, INSERT ON `@db@`.dossier_event TO '@office@'@'@host@';
GRANT SELECT, INSERT, UPDATE ON `@db@`.dossier_pause TO '@office@'@'@host@';
GRANT SELECT, INSERT, UPDATE, DELETE ON `@db@`.dossier_check TO '@office@'@'@host@';
GRANT SELECT, INSERT, UPDATE ON `@db@`.notice_seq TO '@office@'@'@host@';
GRANT SELECT, INSERT, UPDATE ON `@db@`.notice TO '@office@'@'@host@';
GRANT SELECT, INSERT ON `@db@`.audit TO '@office@'@'@host@';
GRANT SELECT ON `@db@`.audit_head TO '@office@'@'@host@';
GRANT SELECT, INSERT ON `@db@`.mail_outbox TO '@office@'@'@host@';

-- processing (007): the specialist's result file, drafts returned by the
-- leader (deleted unsent), the rating the citizen leaves
GRANT INSERT ON `@db@`.dossier_file TO '@office@'@'@host@';
GRANT UPDATE (result_file_id) ON `@db@`.dossier TO '@office@'@'@host@';
GRANT DELETE ON `@db@`.notice TO '@office@'@'@host@';
GRANT SELECT, INSERT ON `@db@`.dossier_rating TO '@dossier@'@'@host@';
GRANT SELECT, INSERT ON `@db@`.dossier_rating_score TO '@dossier@'@'@host@';

-- Queues, reports and public statistics (sql/008-stats.sql). dvc-public
-- reads the per-agency, per-procedure counts and nothing of the dossiers
-- (the trigger that keeps them runs with its definer's rights); the other
-- accounts' writes to dossier fire it without any grant on dossier_stat.
-- dvc-office lists an agency's procedures for the queue filter.
GRANT SELECT ON `@db@`.dossier_stat TO '@public@'@'@host@';
GRANT SELECT ON `@db@`.dossier_stat TO '@api@'@'@host@';
GRANT SELECT ON `@db@`.proc_agency TO '@office@'@'@host@';

-- The notice profile in force (sql/010-notice-profile.sql): dvc-office
-- reads the operator's setting at each notice and report; dvcctl (the
-- owner) writes it.
GRANT SELECT ON `@db@`.setting TO '@office@'@'@host@';

-- Inter-agency opinions (sql/009-opinions.sql). dvc-office asks (a new
-- request), withdraws and answers (status and the reply's columns only),
-- and reads who is consulted; it never deletes a request. dvc-dossier
-- reads only who is consulted on a dossier: its pages share the one
-- access decision (pages/common.c page_dossier), which asks for an
-- officer of another agency.
GRANT SELECT, INSERT, UPDATE (status, reply, reply_sha256, reply_size, reply_mime,
  reply_ext, reply_name, answered_by, answered_at, withdrawn_by, withdrawn_at)
  ON `@db@`.opinion TO '@office@'@'@host@';
GRANT SELECT (dossier_id, agency_id, status) ON `@db@`.opinion TO '@dossier@'@'@host@';

-- Figures that hold (sql/013-figures.sql). The workflow (dvc-office's
-- transitions, and the citizen's supplement and withdrawal through
-- dvc-dossier, which may change any column of dossier) keeps the due
-- dates and their history; due_change only grows. The province's admins
-- grant extension waivers through dvc-office; the holiday years and the
-- changes to them are dvcctl's (the owner), read by those that count
-- deadlines.
GRANT UPDATE (first_due_at, base_due_at, due_provisional, finished_at, timeliness,
  extensions, proposal_extension_tenths, paper_received_at, paper_received_how,
  paper_received_note)
  ON `@db@`.dossier TO '@office@'@'@host@';
GRANT SELECT, INSERT ON `@db@`.due_change TO '@office@'@'@host@';
GRANT SELECT, INSERT ON `@db@`.due_change TO '@dossier@'@'@host@';
GRANT SELECT, INSERT ON `@db@`.extension_waiver TO '@office@'@'@host@';
GRANT SELECT ON `@db@`.calendar_year TO '@office@'@'@host@';
GRANT SELECT ON `@db@`.calendar_year TO '@dossier@'@'@host@';
GRANT SELECT ON `@db@`.calendar_year TO '@public@'@'@host@';
GRANT SELECT ON `@db@`.calendar_change TO '@office@'@'@host@';

-- Period reports and oversight (sql/015-reports.sql). dvc-office reads
-- the reports' counts (the triggers that keep them run with their
-- definer's rights: no account writes them), the catalogue's parts for
-- the scorecard's completeness, the field of each procedure, the
-- citizens' ratings for the drill-down of low scores, and how many
-- messages the public sent (the province's annual report), never their
-- text or sender.
GRANT SELECT ON `@db@`.report_day TO '@office@'@'@host@';
GRANT SELECT ON `@db@`.report_rating TO '@office@'@'@host@';
GRANT SELECT ON `@db@`.field TO '@office@'@'@host@';
GRANT SELECT ON `@db@`.proc_document TO '@office@'@'@host@';
GRANT SELECT ON `@db@`.proc_step TO '@office@'@'@host@';
GRANT SELECT ON `@db@`.proc_text TO '@office@'@'@host@';
-- the internal process of the dossier's channel, on the dossier's page
-- (domain/catalog_process.c)
GRANT SELECT ON `@db@`.proc_process TO '@office@'@'@host@';
GRANT SELECT ON `@db@`.dossier_rating TO '@office@'@'@host@';
GRANT SELECT ON `@db@`.dossier_rating_score TO '@office@'@'@host@';
GRANT SELECT (id, created_at) ON `@db@`.feedback TO '@office@'@'@host@';

-- Fees and payment (sql/016-payment.sql). The citizen's submission copies
-- what is owed (dvc-dossier writes any column of dossier); dvc-office
-- records payments at the counter and exemptions, and reads the
-- procedure's pay_when through proc; dvc-dossier shows the payments.
GRANT UPDATE (fee_paid, fee_exempt_reason, fee_exempt_by, fee_exempt_at)
  ON `@db@`.dossier TO '@office@'@'@host@';
GRANT SELECT, INSERT, UPDATE ON `@db@`.payment TO '@office@'@'@host@';
GRANT SELECT, INSERT ON `@db@`.payment_event TO '@office@'@'@host@';
GRANT SELECT ON `@db@`.payment TO '@dossier@'@'@host@';
GRANT SELECT ON `@db@`.payment_event TO '@dossier@'@'@host@';
-- Paying online (issue 14): dvc-dossier starts a payment for the
-- citizen and takes the gateway's notification (/thanh-toan/thong-bao),
-- which marks the payment and the dossier's fee paid.
GRANT SELECT, INSERT, UPDATE ON `@db@`.payment TO '@dossier@'@'@host@';
GRANT SELECT, INSERT ON `@db@`.payment_event TO '@dossier@'@'@host@';

-- Bank transfers by QR (sql/017-transfer.sql): the statement lines an
-- agency's officer imports and settles (dvc-office); the agency's bank
-- for the code on the payment page and receipt (dvc-dossier reads agency).
GRANT SELECT, INSERT, UPDATE ON `@db@`.statement_line TO '@office@'@'@host@';
-- E-receipts and refunds (sql/018-receipts-refunds.sql): whoever records
-- a payment paid numbers its receipt (the counter: dvc-office; the
-- gateway's notification: dvc-dossier); reception records a refund
-- (dvc-office, the payment's refund columns through the grant above);
-- the citizen gives a refund account (dvc-dossier writes any column of
-- dossier).
GRANT SELECT, INSERT, UPDATE ON `@db@`.receipt_seq TO '@office@'@'@host@';
GRANT SELECT, INSERT, UPDATE ON `@db@`.receipt_seq TO '@dossier@'@'@host@';
-- Dossiers received at the counter or by post (sql/021-counter.sql):
-- reception enters the dossier (dvc-office makes the draft, its
-- documents and files, and submits it as dossier_submit does: the day's
-- number, the code, what it owes), finding the applicant's account by ID
-- number; the citizen claims it later (dvc-dossier writes any column).
GRANT INSERT, DELETE ON `@db@`.dossier TO '@office@'@'@host@';
GRANT UPDATE (code, paper_pending, submitted_at, declared_at, fee_amount, fee_charge,
  pay_when, on_behalf, applicant_name, applicant_id_number, applicant_birth_date,
  applicant_phone, applicant_email, applicant_address, applicant_org, applicant_tax_code)
  ON `@db@`.dossier TO '@office@'@'@host@';
GRANT SELECT, INSERT, UPDATE ON `@db@`.dossier_seq TO '@office@'@'@host@';
GRANT INSERT, UPDATE (compared_by, compared_at) ON `@db@`.dossier_doc TO '@office@'@'@host@';
GRANT SELECT (id_number, birth_date, address) ON `@db@`.account TO '@office@'@'@host@';
GRANT SELECT ON `@db@`.proc_case TO '@office@'@'@host@';
-- Agencies change (issue 16, section 4; sql/024-agency-change.sql): a
-- province admin (dvc-account) records a rename, merger or closure and
-- its day, and may cancel it before then; dvcctl agency apply makes it
-- (the owner's account: dvc-account never writes dossiers). A leader
-- sends a dossier received by mistake to the right agency before
-- acceptance (dvc-office: the dossier's agency, through the workflow).
GRANT SELECT, INSERT, UPDATE (state) ON `@db@`.agency_change TO '@account@'@'@host@';
GRANT SELECT ON `@db@`.agency_event TO '@account@'@'@host@';
GRANT UPDATE (agency_id) ON `@db@`.dossier TO '@office@'@'@host@';
-- The catalogue editor (sql/022-catalog-drafts.sql, /quan-tri/thu-tuc in
-- dvc-account): admins keep drafts; publishing writes the procedure's
-- record as the import does and bumps the catalogue version.
GRANT SELECT, INSERT, UPDATE, DELETE ON `@db@`.proc_draft TO '@account@'@'@host@';
GRANT SELECT, INSERT ON `@db@`.proc_version TO '@account@'@'@host@';
GRANT SELECT ON `@db@`.field TO '@account@'@'@host@';
GRANT SELECT, INSERT, UPDATE ON `@db@`.proc TO '@account@'@'@host@';
GRANT SELECT, INSERT, DELETE ON `@db@`.proc_agency TO '@account@'@'@host@';
GRANT SELECT, INSERT, DELETE ON `@db@`.proc_case TO '@account@'@'@host@';
GRANT SELECT, INSERT, DELETE ON `@db@`.proc_step TO '@account@'@'@host@';
GRANT SELECT, INSERT, DELETE ON `@db@`.proc_channel TO '@account@'@'@host@';
GRANT SELECT, INSERT, DELETE ON `@db@`.proc_document TO '@account@'@'@host@';
GRANT SELECT, INSERT, DELETE ON `@db@`.proc_text TO '@account@'@'@host@';
GRANT SELECT, INSERT, DELETE ON `@db@`.proc_relation TO '@account@'@'@host@';
GRANT SELECT, INSERT, DELETE ON `@db@`.proc_process TO '@account@'@'@host@';
GRANT SELECT, UPDATE ON `@db@`.catalog_version TO '@account@'@'@host@';
-- Administration in dvc-account (sql/023-staff-settings.sql, issue 16
-- sections 2 and 3): admins invite staff and give or take their roles;
-- the province's admins edit the holiday calendar (with its history, and
-- reading the dossiers a change concerns for its preview) and answer
-- feedback.
GRANT INSERT, DELETE ON `@db@`.account_role TO '@account@'@'@host@';
GRANT SELECT, INSERT, UPDATE, DELETE ON `@db@`.calendar_day TO '@account@'@'@host@';
GRANT SELECT ON `@db@`.calendar_year TO '@account@'@'@host@';
GRANT SELECT, INSERT ON `@db@`.calendar_change TO '@account@'@'@host@';
GRANT SELECT (id, code, agency_id, proc_code, clock, received_at, due_at) ON `@db@`.dossier TO '@account@'@'@host@';
GRANT SELECT, UPDATE (status, answer, answered_at, answered_by) ON `@db@`.feedback TO '@account@'@'@host@';
GRANT INSERT, UPDATE (hidden) ON `@db@`.announcement TO '@account@'@'@host@';
GRANT UPDATE (version, changed_at) ON `@db@`.catalog_version TO '@account@'@'@host@';
GRANT SELECT, INSERT, UPDATE, DELETE ON `@db@`.setting TO '@account@'@'@host@';
-- The level scheme a province admin sets (issue 16 section 3,
-- cgi/domain/scheme.h): the catalogue reads it when it loads, in
-- dvc-public and dvc-api (the setting table holds no secret: today the
-- notice profile and the level scheme).
GRANT SELECT ON `@db@`.setting TO '@public@'@'@host@';
GRANT SELECT ON `@db@`.setting TO '@api@'@'@host@';
-- and dvc-dossier's start form, which offers online what the catalogue
-- shows as online
GRANT SELECT ON `@db@`.setting TO '@dossier@'@'@host@';
-- Form files uploaded in the catalogue editor (sql/027-form-files.sql):
-- dvc-account records them, the public catalogue serves those a published
-- procedure names (/bieu-mau/tep/...); every responder that loads the
-- catalogue (domain/catalog.c) reads their names, types and sizes.
GRANT SELECT, INSERT ON `@db@`.form_file TO '@account@'@'@host@';
GRANT SELECT ON `@db@`.form_file TO '@public@'@'@host@';
GRANT SELECT ON `@db@`.form_file TO '@api@'@'@host@';
GRANT SELECT ON `@db@`.form_file TO '@dossier@'@'@host@';
GRANT SELECT ON `@db@`.form_file TO '@office@'@'@host@';
