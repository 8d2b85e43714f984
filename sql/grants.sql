-- Database accounts of the responders, with only the grants each needs.
-- Applied by `dvcctl migrate` after the migrations, unless Db.SingleUser = 1
-- (hosts that give one database account). Placeholders, filled in from the
-- configuration by dvcctl after checking them: @db@ (Db.Name),
-- @host@ (Db.GrantHost), @public@ (Db.Public.User), @public_hash@ (the
-- mysql_native_password hash of Db.Public.Password).
-- Re-applied on every migrate: each account is reset to exactly this list.
-- The owner account that runs migrate (Db.Owner.User) is made by the
-- hosting admin; see README.md.

-- dvc-public: anonymous visitors. Reads what is public, adds feedback.
CREATE USER IF NOT EXISTS '@public@'@'@host@';
ALTER USER '@public@'@'@host@' IDENTIFIED BY PASSWORD '@public_hash@';
REVOKE ALL PRIVILEGES, GRANT OPTION FROM '@public@'@'@host@';
GRANT SELECT ON `@db@`.announcement TO '@public@'@'@host@';
GRANT SELECT (id, client_ip, created_at), INSERT ON `@db@`.feedback TO '@public@'@'@host@';
