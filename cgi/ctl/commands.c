/* dvcctl user | announce | feedback | static-pages. */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <openssl/crypto.h>

#include "core/buf.h"
#include "core/conf.h"
#include "core/db.h"
#include "core/render.h"
#include "core/util.h"
#include "core/validate.h"
#include "ctl/ctl.h"
#include "domain/account.h"
#include "domain/audit.h"
#include "domain/catalog.h"
#include "domain/catalog_import.h"
#include "domain/feedback.h"
#include "domain/notice.h"

/* Validates an argument with the same validators as the web forms. */
static int
check_arg(struct ctl *c, const char *what, enum vtype t, long min, long max,
    const char *raw, struct fval *v)
{
	struct field f = { what, t, F_REQUIRED, min, max, NULL };

	if (validate_value(&f, raw, v) != VE_OK) {
		ctl_err(c, "%s không hợp lệ (%s): %s", what, verr_key(&f, v->err),
		    raw ? raw : "(thiếu)");
		fval_clear(v);
		return -1;
	}
	return 0;
}

/* A password from stdin (one line), or a new random one printed once. */
static int
get_password(struct ctl *c, int from_stdin, char *pw, size_t cap, int *generated)
{
	const char *why;

	*generated = 0;
	if (from_stdin) {
		if (fgets(pw, (int)cap, stdin) == NULL) {
			ctl_err(c, "không đọc được mật khẩu từ stdin");
			return -1;
		}
		pw[strcspn(pw, "\r\n")] = '\0';
	} else {
		unsigned char raw[15];

		random_bytes(raw, sizeof(raw));
		b64url_encode(raw, sizeof(raw), pw);
		*generated = 1;
	}
	if ((why = password_policy(pw)) != NULL) {
		ctl_err(c, "mật khẩu không đạt yêu cầu (%s): cần %d đến %d ký tự",
		    why, PASSWORD_MIN, PASSWORD_MAX);
		return -1;
	}
	return 0;
}

/* An operator's change to an account and its audit record, in one
 * transaction: the trail must be complete, so a change that cannot be
 * recorded is not made. */
struct user_op {
	struct ctl *c;
	const char *action;		/* "user.add", "user.disable"... */
	const struct staff_new *s;	/* user.add */
	const char *email;		/* the others */
	const char *status;		/* user.disable, user.enable */
	const char *hash;		/* user.reset */
	char detail[400];
	long long id;
};

static int
user_op_tx(struct db *db, void *arg)
{
	struct user_op *u = arg;
	struct audit_event ev;
	int rc;

	if (u->s)
		rc = staff_add(db, u->s, &u->id);
	else if (u->status)
		rc = account_set_status(db, u->email, u->status);
	else
		rc = account_set_password(db, u->email, u->hash);
	if (rc != 0)
		return rc;
	if (u->s == NULL && (rc = db_int(db, &u->id,
	    "SELECT id FROM account WHERE email = ?", DB_STR(u->email))) <= 0)
		return rc < 0 ? rc : ACCOUNT_NONE;
	memset(&ev, 0, sizeof(ev));
	ev.actor_kind = "operator";
	ev.action = u->action;
	ev.object_type = "account";
	ev.object_id = u->id;
	ev.owner_id = u->id;
	ev.detail = u->detail;
	return audit_write(db, u->c->cfg, &ev);
}

static int
user_add(struct ctl *c, struct db *db, int argc, char **argv)
{
	struct fval email, name, phone;
	struct staff_new s;
	char pw[PASSWORD_MAX * 4 + 2], hash[PASSWORD_HASH_MAX], *roles, *tok, *save = NULL;
	const char *agency = ctl_opt(argc, argv, "--agency");
	const char *rl = ctl_opt(argc, argv, "--role");
	long long id;
	int gen, rc, r;

	memset(&s, 0, sizeof(s));
	memset(&phone, 0, sizeof(phone));
	if (check_arg(c, "--email", V_EMAIL, 0, 254, ctl_opt(argc, argv, "--email"), &email))
		return 2;
	if (check_arg(c, "--name", V_NAME, 2, 100, ctl_opt(argc, argv, "--name"), &name)) {
		fval_clear(&email);
		return 2;
	}
	if (ctl_opt(argc, argv, "--phone") &&
	    check_arg(c, "--phone", V_PHONE, 0, 20, ctl_opt(argc, argv, "--phone"), &phone)) {
		fval_clear(&email);
		fval_clear(&name);
		return 2;
	}
	rc = 2;
	if (agency == NULL || rl == NULL) {
		ctl_err(c, "cần --agency MÃ và --role VAI_TRÒ[,VAI_TRÒ]");
		goto out;
	}
	roles = xstrdup(rl);
	for (tok = strtok_r(roles, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
		if ((r = role_from_name(tok)) < 0) {
			ctl_err(c, "vai trò không rõ: %s (reception, specialist, leader, "
			    "agency_admin, province_admin, inspector)", tok);
			free(roles);
			goto out;
		}
		s.roles |= ROLE_BIT(r);
	}
	free(roles);
	if (get_password(c, ctl_flag(argc, argv, "--password-stdin"), pw, sizeof(pw), &gen) < 0)
		goto out;
	if (password_hash(c->cfg, pw, hash, sizeof(hash)) < 0) {
		ctl_err(c, "không băm được mật khẩu");
		rc = 1;
		goto out;
	}
	s.email = email.s;
	s.full_name = name.s;
	s.phone = phone.s;
	s.agency_code = agency;
	s.password_hash = hash;
	{
		struct user_op u = { .c = c, .action = "user.add", .s = &s };

		snprintf(u.detail, sizeof(u.detail), "%s; cơ quan %s; vai trò %s; "
		    "người chạy dvcctl: %s", email.s, agency, rl, ctl_operator_name());
		rc = db_tx(db, user_op_tx, &u);
		id = u.id;
	}
	if (rc == ACCOUNT_NO_AGENCY)
		ctl_err(c, "không có cơ quan mã %s", agency);
	else if (rc == ACCOUNT_TAKEN)
		ctl_err(c, "email %s đã có tài khoản", email.s);
	else if (rc < 0)
		ctl_db_failed(c, rc);
	else {
		printf("đã tạo tài khoản cán bộ #%lld %s\n", id, email.s);
		if (gen)
			printf("mật khẩu (chỉ hiện một lần): %s\n", pw);
	}
	rc = rc == 0 ? 0 : 1;
out:
	OPENSSL_cleanse(pw, sizeof(pw));
	fval_clear(&email);
	fval_clear(&name);
	fval_clear(&phone);
	return rc;
}

int
ctl_user(struct ctl *c, int argc, char **argv)
{
	struct db *db = db_new(c->cfg, "Owner");
	char err[1024];
	int rc = 2;

	if (argc < 1) {
		ctl_err(c, "user add|disable|enable|reset|list");
		goto out;
	}
	if (strcmp(argv[0], "list") != 0 &&
	    config_load_audit_key(c->cfg, err, sizeof(err)) < 0) {
		ctl_err(c, "%s", err);
		ctl_err(c, "không thay đổi tài khoản khi thiếu khóa nhật ký kiểm "
		    "toán (Audit.KeyFile): mọi thay đổi phải được ghi lại");
		rc = 1;
		goto out;
	}
	if (strcmp(argv[0], "add") == 0)
		rc = user_add(c, db, argc - 1, argv + 1);
	else if ((strcmp(argv[0], "disable") == 0 || strcmp(argv[0], "enable") == 0) &&
	    argc >= 2) {
		int disable = argv[0][0] == 'd';
		struct user_op u = { .c = c, .email = argv[1],
		    .action = disable ? "user.disable" : "user.enable",
		    .status = disable ? "disabled" : "active" };

		snprintf(u.detail, sizeof(u.detail), "%s; người chạy dvcctl: %s",
		    argv[1], ctl_operator_name());
		rc = db_tx(db, user_op_tx, &u);
		if (rc == ACCOUNT_NONE)
			ctl_err(c, "không có tài khoản %s", argv[1]);
		else if (rc < 0)
			ctl_db_failed(c, rc);
		else
			printf("%s: %s\n", argv[1], disable ? "đã khóa" : "đã mở khóa");
		rc = rc ? 1 : 0;
	} else if (strcmp(argv[0], "reset") == 0 && argc >= 2) {
		char pw[PASSWORD_MAX * 4 + 2], hash[PASSWORD_HASH_MAX];
		int gen;

		if (get_password(c, ctl_flag(argc, argv, "--password-stdin"), pw,
		    sizeof(pw), &gen) < 0 || password_hash(c->cfg, pw, hash, sizeof(hash)) < 0) {
			rc = 1;
			goto out;
		}
		{
			struct user_op u = { .c = c, .email = argv[1],
			    .action = "user.reset", .hash = hash };

			snprintf(u.detail, sizeof(u.detail), "%s; người chạy dvcctl: %s",
			    argv[1], ctl_operator_name());
			rc = db_tx(db, user_op_tx, &u);
		}
		if (rc == ACCOUNT_NONE)
			ctl_err(c, "không có tài khoản %s", argv[1]);
		else if (rc < 0)
			ctl_db_failed(c, rc);
		else {
			printf("%s: đã đặt mật khẩu mới\n", argv[1]);
			if (gen)
				printf("mật khẩu (chỉ hiện một lần): %s\n", pw);
		}
		OPENSSL_cleanse(pw, sizeof(pw));
		rc = rc ? 1 : 0;
	} else if (strcmp(argv[0], "list") == 0) {
		HDF *h, *r;

		hdf_init(&h);
		rc = account_list(db, h, "U", ctl_opt(argc, argv, "--agency"), 0);
		if (rc < 0)
			rc = ctl_db_failed(c, rc);
		else {
			for (r = hdf_get_child(h, "U"); r; r = hdf_obj_next(r))
				printf("%-6s %-16s %-32s %-10s %s (%s)\n",
				    hdf_get_value(r, "id", ""), hdf_get_value(r, "agency", "-"),
				    hdf_get_value(r, "email", ""), hdf_get_value(r, "status", ""),
				    hdf_get_value(r, "full_name", ""), hdf_get_value(r, "roles", ""));
			rc = 0;
		}
		hdf_destroy(&h);
	} else
		ctl_err(c, "user add|disable|enable|reset|list");
out:
	db_free(db);
	return rc;
}

int
ctl_announce(struct ctl *c, int argc, char **argv)
{
	struct db *db = db_new(c->cfg, "Owner");
	int rc = 2;

	if (argc >= 1 && strcmp(argv[0], "add") == 0) {
		const char *bf = ctl_opt(argc, argv, "--body-file");
		char *body = bf ? ctl_read_file(bf, 65536, NULL) : NULL;
		struct fval t, b;
		long long id;

		if (bf && body == NULL) {
			ctl_err(c, "không đọc được %s: %s", bf, strerror(errno));
			goto out;
		}
		if (check_arg(c, "--title", V_LINE, 5, 200, ctl_opt(argc, argv, "--title"), &t)) {
			free(body);
			goto out;
		}
		if (check_arg(c, "--body", V_TEXT, 10, 20000,
		    body ? body : ctl_opt(argc, argv, "--body"), &b)) {
			fval_clear(&t);
			free(body);
			goto out;
		}
		rc = notice_add(db, t.s, b.s, &id);
		if (rc >= 0)
			rc = catalog_bump(db);	/* the home page shows them */
		if (rc < 0)
			rc = ctl_db_failed(c, rc);
		else {
			printf("đã đăng thông báo #%lld\n", id);
			rc = 0;
		}
		fval_clear(&t);
		fval_clear(&b);
		free(body);
	} else if (argc >= 2 && (strcmp(argv[0], "hide") == 0 || strcmp(argv[0], "show") == 0)) {
		rc = notice_set_hidden(db, strtoll(argv[1], NULL, 10), argv[0][0] == 'h');
		if (rc > 0 && catalog_bump(db) < 0)
			rc = DB_ERR;
		if (rc < 0)
			rc = ctl_db_failed(c, rc);
		else if (rc == 0) {
			ctl_err(c, "không có thông báo #%s (hoặc đã ở trạng thái đó)", argv[1]);
			rc = 1;
		} else
			rc = 0;
	} else if (argc >= 1 && strcmp(argv[0], "list") == 0) {
		HDF *h, *r;

		hdf_init(&h);
		if ((rc = notice_list_all(db, h, "N")) < 0)
			rc = ctl_db_failed(c, rc);
		else {
			for (r = hdf_get_child(h, "N"); r; r = hdf_obj_next(r))
				printf("%-6s %s %s %s\n", hdf_get_value(r, "id", ""),
				    hdf_get_value(r, "at", ""),
				    atoi(hdf_get_value(r, "hidden", "0")) ? "[ẩn]" : "    ",
				    hdf_get_value(r, "title", ""));
			rc = 0;
		}
		hdf_destroy(&h);
	} else
		ctl_err(c, "announce add|list|hide|show");
out:
	db_free(db);
	return rc;
}

int
ctl_feedback(struct ctl *c, int argc, char **argv)
{
	struct db *db = db_new(c->cfg, "Owner");
	const char *lim = ctl_opt(argc, argv, "--limit");
	HDF *h, *r;
	int rc;

	if (argc < 1 || strcmp(argv[0], "list") != 0) {
		ctl_err(c, "feedback list [--limit N]");
		db_free(db);
		return 2;
	}
	hdf_init(&h);
	if ((rc = feedback_list(db, h, "F", lim ? strtol(lim, NULL, 10) : 50)) < 0)
		rc = ctl_db_failed(c, rc);
	else {
		for (r = hdf_get_child(h, "F"); r; r = hdf_obj_next(r))
			printf("#%s %s %s <%s> %s\n  %s\n  %s\n\n",
			    hdf_get_value(r, "id", ""), hdf_get_value(r, "at", ""),
			    hdf_get_value(r, "full_name", ""),
			    hdf_get_value(r, "email", hdf_get_value(r, "phone", "-")),
			    hdf_get_value(r, "status", ""), hdf_get_value(r, "subject", ""),
			    hdf_get_value(r, "body", ""));
		rc = 0;
	}
	hdf_destroy(&h);
	db_free(db);
	return rc;
}

/* The web server's own error pages (a responder down, a timeout) in the
 * site's layout, so people never see a bare server page. */
int
ctl_static_pages(struct ctl *c, int argc, char **argv)
{
	static const int codes[] = { 400, 403, 404, 413, 414, 429, 500, 502,
	    503, 504 };
	char err[1024], *out = NULL;
	size_t i;
	int rc = 0;

	if (argc < 1) {
		ctl_err(c, "static-pages DIR");
		return 2;
	}
	if (render_globals(c->cfg, err, sizeof(err)) < 0) {
		ctl_err(c, "%s", err);
		return 1;
	}
	if (mkdir(argv[0], 0755) < 0 && errno != EEXIST) {
		ctl_err(c, "không tạo được %s: %s", argv[0], strerror(errno));
		return 1;
	}
	for (i = 0; i < NELEM(codes) && rc == 0; i++) {
		struct buf path = BUF_INIT;
		char key[64], num[8];
		HDF *h;
		FILE *f;

		hdf_init(&h);
		snprintf(num, sizeof(num), "%d", codes[i]);
		hdf_set_value(h, "Error.Status", num);
		snprintf(key, sizeof(key), "Error.E%d.Title", codes[i]);
		hdf_set_value(h, "Error.Title", render_lang(key) ? render_lang(key) : "");
		snprintf(key, sizeof(key), "Error.E%d.Text", codes[i]);
		hdf_set_value(h, "Error.Text", render_lang(key) ? render_lang(key) : "");
		hdf_set_value(h, "Page.Title", hdf_get_value(h, "Error.Title", ""));
		hdf_set_value(h, "Req.BasePath", c->cfg->base_path);
		if (render_file_standalone(c->cfg, "error.cs", h, &out, err, sizeof(err)) < 0) {
			ctl_err(c, "%s", err);
			rc = 1;
		} else {
			buf_printf(&path, "%s/%d.html", argv[0], codes[i]);
			if ((f = fopen(buf_str(&path), "w")) == NULL ||
			    fputs(out, f) < 0 || fclose(f) != 0) {
				ctl_err(c, "không ghi được %s", buf_str(&path));
				rc = 1;
			}
			chmod(buf_str(&path), 0644);
		}
		free(out);
		out = NULL;
		buf_free(&path);
		hdf_destroy(&h);
	}
	render_free();
	return rc;
}

int
ctl_catalog(struct ctl *c, int argc, char **argv)
{
	struct db *db = db_new(c->cfg, "Owner");
	int rc = 2;

	if (argc >= 2 && strcmp(argv[0], "import") == 0) {
		struct import_report r;

		rc = catalog_import(db, c->cfg, argv[1], &r);
		if (rc == 422) {
			fputs(buf_str(&r.errors), stderr);
			ctl_err(c, "%d lỗi; chưa nhập gì", r.nerrors);
			rc = 1;
		} else if (rc < 0)
			rc = ctl_db_failed(c, rc);
		else {
			printf("đã nhập %d cơ quan, %d lĩnh vực, %d thủ tục (%d mới, %d cập nhật)\n",
			    r.agencies, r.fields, r.procs, r.procs_new, r.procs - r.procs_new);
			rc = 0;
		}
		import_report_free(&r);
	} else if (argc >= 1 && strcmp(argv[0], "export") == 0) {
		if ((rc = catalog_export(db, stdout)) < 0)
			rc = ctl_db_failed(c, rc);
	} else
		ctl_err(c, "catalog import FILE | catalog export");
	db_free(db);
	return rc;
}
