-- 023: staff and the province's settings from the browser (issue 16,
-- sections 2 and 3).
--
-- An agency admin invites an officer by mail: the account is made
-- 'pending' with its roles, and a one-use link (purpose 'invite') lets the
-- person set a password; until then nobody can log in with it.
ALTER TABLE account_token
  MODIFY purpose ENUM('confirm', 'reset', 'invite') NOT NULL;

-- Article 9.4: feedback is answered by mail; the answer, who gave it and
-- when are kept with the message.
ALTER TABLE feedback
  ADD COLUMN answer TEXT NULL,
  ADD COLUMN answered_at DATETIME NULL,
  ADD COLUMN answered_by BIGINT UNSIGNED NULL;
