-- The head of the audit chain (003-accounts.sql) follows each new record
-- by itself. A writer still locks the head first (SELECT ... FOR UPDATE),
-- reads the previous seq and mac, and inserts the next record; this
-- trigger moves the head in the same transaction. One statement fewer in
-- every audited request (an officer's view of a dossier writes a record),
-- and the responders no longer UPDATE the head (grants.sql): they can add
-- records, not move the head back over records they would like to hide.
-- One statement, no BEGIN ... END: nothing for a client to split.
CREATE TRIGGER audit_head_follow AFTER INSERT ON audit FOR EACH ROW
  UPDATE audit_head SET seq = NEW.seq, mac = NEW.mac WHERE id = 1;
