/* dvcctl audit verify | list: the audit trail for the operator. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/conf.h"
#include "core/db.h"
#include "core/util.h"
#include "ctl/ctl.h"
#include "domain/audit.h"

/* A column for one tab-separated line: "-" for NULL, and no tab or line
 * break of its own, whatever a changed table holds. */
static void
put_col(const char *s, int last)
{
	if (s == NULL || *s == '\0')
		fputc('-', stdout);
	else
		for (; *s; s++)
			fputc((unsigned char)*s < 0x20 ? ' ' : *s, stdout);
	fputc(last ? '\n' : '\t', stdout);
}

static int
audit_list(struct ctl *c, struct db *db, int argc, char **argv)
{
	const char *lim = ctl_opt(argc, argv, "--limit");
	static const char *const cols[] = { "seq", "at", "actor_kind", "actor_id",
	    "action", "object_type", "object_id", "owner_id", "agency_id",
	    "client_ip", "detail" };
	long limit = 50;
	char *end;
	size_t i;
	HDF *h, *r;
	int rc;

	if (lim) {
		limit = strtol(lim, &end, 10);
		if (*lim == '\0' || *end != '\0' || limit < 1 || limit > 1000000) {
			ctl_err(c, "--limit phải là số nguyên từ 1 đến 1000000: %s", lim);
			return 2;
		}
	}
	hdf_init(&h);
	rc = db_rows(db, h, "A", "SELECT seq,"
	    " DATE_FORMAT(at, '%Y-%m-%d %H:%i:%s.%f') AS at, actor_kind, actor_id,"
	    " action, object_type, object_id, owner_id, agency_id, client_ip, detail"
	    " FROM audit ORDER BY seq DESC LIMIT ?", DB_INT(limit));
	if (rc < 0)
		rc = ctl_db_failed(c, rc);
	else {
		for (r = hdf_get_child(h, "A"); r; r = hdf_obj_next(r))
			for (i = 0; i < NELEM(cols); i++)
				put_col(hdf_get_value(r, cols[i], NULL),
				    i == NELEM(cols) - 1);
		rc = 0;
	}
	hdf_destroy(&h);
	return rc;
}

int
ctl_audit(struct ctl *c, int argc, char **argv)
{
	struct db *db;
	long long n, records;
	char err[1024];
	int rc = 2;

	if (argc < 1 || (strcmp(argv[0], "verify") != 0 &&
	    strcmp(argv[0], "list") != 0)) {
		ctl_err(c, "audit verify | audit list [--limit N]");
		return 2;
	}
	db = db_new(c->cfg, "Owner");
	if (strcmp(argv[0], "list") == 0)
		rc = audit_list(c, db, argc - 1, argv + 1);
	else if (config_load_audit_key(c->cfg, err, sizeof(err)) < 0) {
		ctl_err(c, "%s", err);
		ctl_err(c, "không kiểm tra được nhật ký kiểm toán khi thiếu khóa "
		    "Audit.KeyFile");
		rc = 1;
	} else if ((n = audit_verify(db, c->cfg, stdout, &records)) < 0)
		rc = ctl_db_failed(c, (int)n);
	else if (n == 0) {
		printf("nhật ký kiểm toán: %lld bản ghi, chuỗi nguyên vẹn\n", records);
		rc = 0;
	} else {
		printf("nhật ký kiểm toán: %lld bản ghi, %lld vấn đề: chuỗi đã bị "
		    "thay đổi ngoài phần mềm\n", records, n);
		rc = 1;
	}
	db_free(db);
	return rc;
}
