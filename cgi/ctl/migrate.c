/* dvcctl migrate: applies sql/NNN-name.sql files in order, records each in
 * schema_migration, then (unless Db.SingleUser) creates the responders'
 * database accounts and grants from sql/grants.sql. Idempotent; a lock
 * keeps two nodes of a cluster from migrating at once. */
#include "config.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/evp.h>

#include "core/buf.h"
#include "core/conf.h"
#include "core/db.h"
#include "core/util.h"
#include "ctl/ctl.h"

#define SCRIPT_MAX (4 * 1024 * 1024)

static int
is_migration(const char *n)
{
	size_t l = strlen(n);
	const char *p;

	if (l < 9 || !isdigit((unsigned char)n[0]) || !isdigit((unsigned char)n[1]) ||
	    !isdigit((unsigned char)n[2]) || n[3] != '-' ||
	    strcmp(n + l - 4, ".sql") != 0)
		return 0;
	for (p = n + 4; p < n + l - 4; p++)
		if (!(islower((unsigned char)*p) || isdigit((unsigned char)*p) || *p == '-'))
			return 0;
	return 1;
}

static int
cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* mysql_native_password's stored form: "*" + HEX(SHA1(SHA1(password))).
 * Lets dvcctl set passwords without putting them in SQL text. */
static void
native_hash(const char *pw, char out[42])
{
	unsigned char a[20], b[20];
	unsigned int n;
	char hx[41];
	int i;

	EVP_Digest(pw, strlen(pw), a, &n, EVP_sha1(), NULL);
	EVP_Digest(a, 20, b, &n, EVP_sha1(), NULL);
	hex_encode(b, 20, hx);
	out[0] = '*';
	for (i = 0; i < 40; i++)
		out[i + 1] = (char)toupper((unsigned char)hx[i]);
	out[41] = '\0';
}

static int
ident_ok(const char *s, const char *extra)
{
	if (*s == '\0')
		return 0;
	for (; *s; s++)
		if (!(isalnum((unsigned char)*s) || *s == '_' || (extra && strchr(extra, *s))))
			return 0;
	return 1;
}

/* Replaces @name@ placeholders in grants.sql with checked identifiers and
 * password hashes: nothing from outside this program's checks reaches the
 * SQL text. */
static int
expand_grants(struct ctl *c, const char *text, struct buf *out)
{
	struct {
		const char *ph;
		const char *key;
		int hash;
	} subs[] = {
		{ "@db@", "Db.Name", 0 },
		{ "@host@", "Db.GrantHost", 0 },
		{ "@public@", "Db.Public.User", 0 },
		{ "@public_hash@", "Db.Public.Password", 1 },
		{ "@api@", "Db.Api.User", 0 },
		{ "@api_hash@", "Db.Api.Password", 1 },
		{ "@account@", "Db.Account.User", 0 },
		{ "@account_hash@", "Db.Account.Password", 1 },
		{ "@dossier@", "Db.Dossier.User", 0 },
		{ "@dossier_hash@", "Db.Dossier.Password", 1 },
		{ "@office@", "Db.Office.User", 0 },
		{ "@office_hash@", "Db.Office.Password", 1 },
	};
	const char *p = text, *at;
	size_t i;

	for (i = 0; i < NELEM(subs); i++) {
		const char *v = cfg_str(c->cfg, subs[i].key);

		if (subs[i].hash && *v == '\0') {
			ctl_err(c, "%s: khóa %s chưa đặt (cần mật khẩu cho tài khoản "
			    "CSDL của responder, hoặc đặt Db.SingleUser = 1)",
			    c->cfg->path, subs[i].key);
			return -1;
		}
		if (!subs[i].hash && !ident_ok(v, strcmp(subs[i].key, "Db.GrantHost") ?
		    NULL : ".-%")) {
			ctl_err(c, "%s: khóa %s chỉ được gồm chữ, số, '_' (máy chủ: "
			    "thêm '.', '-', '%%')", c->cfg->path, subs[i].key);
			return -1;
		}
	}
	while ((at = strchr(p, '@')) != NULL) {
		int done = 0;

		buf_add(out, p, (size_t)(at - p));
		for (i = 0; i < NELEM(subs); i++) {
			size_t l = strlen(subs[i].ph);

			if (strncmp(at, subs[i].ph, l) == 0) {
				const char *v = cfg_str(c->cfg, subs[i].key);
				char h[42];

				if (subs[i].hash) {
					native_hash(v, h);
					buf_adds(out, h);
				} else
					buf_adds(out, v);
				p = at + l;
				done = 1;
				break;
			}
		}
		if (!done) {
			buf_addc(out, '@');
			p = at + 1;
		}
	}
	buf_adds(out, p);
	return 0;
}

static int
apply_grants(struct ctl *c, struct db *db, const char *dir)
{
	struct buf path = BUF_INIT, sql = BUF_INIT;
	char *text, err[512];
	int rc = 0;

	buf_printf(&path, "%s/grants.sql", dir);
	if ((text = ctl_read_file(buf_str(&path), SCRIPT_MAX, NULL)) == NULL) {
		ctl_err(c, "không đọc được %s: %s", buf_str(&path), strerror(errno));
		buf_free(&path);
		return 1;
	}
	if (expand_grants(c, text, &sql) < 0)
		rc = 1;
	else if (db_run_script(db, buf_str(&sql), err, sizeof(err)) < 0) {
		ctl_err(c, "%s: %s", buf_str(&path), err);
		rc = 1;
	}
	free(text);
	buf_free(&sql);
	buf_free(&path);
	return rc;
}

int
ctl_migrate(struct ctl *c, int argc, char **argv)
{
	const char *dir = cfg_str(c->cfg, "Paths.Sql");
	int status_only = ctl_flag(argc, argv, "--status");
	struct db *db = db_new(c->cfg, "Owner");
	struct dirent *de;
	char **files = NULL;
	size_t nf = 0, i;
	long long got;
	int rc = 1, applied = 0;
	HDF *hdf = NULL;
	DIR *d;

	if ((d = opendir(dir)) == NULL) {
		ctl_err(c, "Paths.Sql: không mở được %s: %s", dir, strerror(errno));
		db_free(db);
		return 1;
	}
	while ((de = readdir(d)) != NULL)
		if (is_migration(de->d_name)) {
			files = xrealloc(files, (nf + 1) * sizeof(*files));
			files[nf++] = xstrdup(de->d_name);
		}
	closedir(d);
	qsort(files, nf, sizeof(*files), cmp);

	if (db_connect(db) < 0) {
		ctl_err(c, "không kết nối được CSDL %s với tài khoản của khóa "
		    "Db.Owner.User (hoặc Db.User khi Db.SingleUser = 1)",
		    cfg_str(c->cfg, "Db.Name"));
		goto out;
	}
	if (db_int(db, &got, "SELECT GET_LOCK('dvc_migrate', 60)") <= 0 || got != 1) {
		ctl_err(c, "một tiến trình migrate khác đang chạy");
		goto out;
	}
	if (db_exec(db, "CREATE TABLE IF NOT EXISTS schema_migration ("
	    " version INT UNSIGNED NOT NULL PRIMARY KEY,"
	    " name VARCHAR(200) NOT NULL,"
	    " checksum CHAR(64) NOT NULL,"
	    " applied_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP"
	    ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci") < 0)
		goto unlock;
	hdf_init(&hdf);
	for (i = 0; i < nf; i++) {
		struct buf path = BUF_INIT;
		unsigned char h[32];
		char hex[65], err[512];
		int version = atoi(files[i]);
		size_t len;
		char *text;
		int r;

		buf_printf(&path, "%s/%s", dir, files[i]);
		text = ctl_read_file(buf_str(&path), SCRIPT_MAX, &len);
		if (text == NULL) {
			ctl_err(c, "không đọc được %s: %s", buf_str(&path), strerror(errno));
			buf_free(&path);
			goto unlock;
		}
		sha256(text, len, h);
		hex_encode(h, 32, hex);
		hdf_remove_tree(hdf, "M");
		r = db_row(db, hdf, "M", "SELECT checksum FROM schema_migration"
		    " WHERE version = ?", DB_INT(version));
		if (r < 0) {
			free(text);
			buf_free(&path);
			goto unlock;
		}
		if (r == 1) {
			if (strcmp(hdf_get_value(hdf, "M.checksum", ""), hex) != 0)
				ctl_err(c, "cảnh báo: %s đã áp dụng nhưng nội dung "
				    "đã đổi sau đó; migration đã áp dụng không "
				    "được sửa, hãy thêm migration mới", files[i]);
			if (status_only)
				printf("đã áp dụng  %s\n", files[i]);
		} else if (status_only)
			printf("chưa áp dụng %s\n", files[i]);
		else {
			if (db_run_script(db, text, err, sizeof(err)) < 0) {
				ctl_err(c, "%s: %s (các migration trước đó vẫn giữ)",
				    files[i], err);
				free(text);
				buf_free(&path);
				goto out;	/* the connection, and the lock, are gone */
			}
			if (db_exec(db, "INSERT INTO schema_migration"
			    " (version, name, checksum) VALUES (?, ?, ?)",
			    DB_INT(version), DB_STR(files[i]), DB_STR(hex)) < 0) {
				free(text);
				buf_free(&path);
				goto unlock;
			}
			printf("áp dụng %s\n", files[i]);
			applied++;
		}
		free(text);
		buf_free(&path);
	}
	if (!status_only) {
		if (!cfg_int(c->cfg, "Db.SingleUser") && apply_grants(c, db, dir))
			goto out;
		printf("CSDL đã cập nhật (%d migration mới)\n", applied);
	}
	rc = 0;
unlock:
	db_int(db, &got, "SELECT RELEASE_LOCK('dvc_migrate')");
out:
	for (i = 0; i < nf; i++)
		free(files[i]);
	free(files);
	hdf_destroy(&hdf);
	db_free(db);
	return rc;
}
