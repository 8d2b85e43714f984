/* The audit trail: an HMAC chain over append-only records. See audit.h.
 *
 * Each record's mac is HMAC-SHA-256 under Audit.KeyFile of the previous
 * record's mac followed by the canonical encoding of the record (below).
 * The key is outside the database, so whoever can write the tables can
 * delete or change records but cannot make the chain whole again.
 *
 * Canonical encoding: the label "dvc-audit-1\n", then seq and each column
 * in table order, each as 0x00 for SQL NULL or 0x01, a 4-byte big-endian
 * length and the bytes. Numbers are in decimal and `at` is
 * "YYYY-MM-DD HH:MM:SS.ffffff" (UTC), the forms the database gives back,
 * so verification recomputes the mac from what is stored and nothing
 * else. Length prefixes keep "ab"+"c" apart from "a"+"bc", and the NULL
 * marker keeps NULL apart from the empty string. */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/buf.h"
#include "core/conf.h"
#include "core/db.h"
#include "core/log.h"
#include "core/util.h"
#include "domain/audit.h"

#define DETAIL_MAX 500		/* characters: audit.detail VARCHAR(500) */
#define BATCH 1000		/* rows read at a time by audit_verify */
#define WINDOW 8		/* how far verify looks for a moved record */

/* The columns after seq, in table order. */
enum col { C_AT, C_ACTOR_ID, C_ACTOR_KIND, C_ACTION, C_OBJECT_TYPE,
	C_OBJECT_ID, C_OWNER_ID, C_AGENCY_ID, C_CLIENT_IP, C_DETAIL, C__MAX };

static const char *const col_names[C__MAX] = {
	[C_AT] = "at", [C_ACTOR_ID] = "actor_id", [C_ACTOR_KIND] = "actor_kind",
	[C_ACTION] = "action", [C_OBJECT_TYPE] = "object_type",
	[C_OBJECT_ID] = "object_id", [C_OWNER_ID] = "owner_id",
	[C_AGENCY_ID] = "agency_id", [C_CLIENT_IP] = "client_ip",
	[C_DETAIL] = "detail",
};

static void
enc_field(struct buf *b, const char *s)
{
	unsigned char hdr[5];
	size_t n;

	if (s == NULL) {
		buf_addc(b, '\0');
		return;
	}
	n = strlen(s);
	hdr[0] = 1;
	hdr[1] = (unsigned char)(n >> 24);
	hdr[2] = (unsigned char)(n >> 16);
	hdr[3] = (unsigned char)(n >> 8);
	hdr[4] = (unsigned char)n;
	buf_add(b, hdr, sizeof(hdr));
	buf_add(b, s, n);
}

static void
chain_mac(const struct config *cfg, const unsigned char prev[32],
    long long seq, const char *const f[C__MAX], unsigned char out[32])
{
	struct buf b = BUF_INIT;
	char num[24];
	int i;

	buf_add(&b, prev, 32);
	buf_adds(&b, "dvc-audit-1\n");
	snprintf(num, sizeof(num), "%lld", seq);
	enc_field(&b, num);
	for (i = 0; i < C__MAX; i++)
		enc_field(&b, f[i]);
	hmac_sha256(cfg->audit_key, cfg->audit_key_len, b.s, b.len, out);
	buf_free(&b);
}

/* HEX(mac) as the database gives it into 32 bytes; -1 if it is not. */
static int
unhex32(const char *s, unsigned char out[32])
{
	return s && strlen(s) == 64 && hex_decode(s, out, 32) == 32 ? 0 : -1;
}

/* A short machine-made name (actor_kind, action, object_type, client_ip):
 * refused rather than cut, since a cut name would say something else. */
static int
name_ok(const char *s, size_t max, int required)
{
	const unsigned char *p;

	if (s == NULL)
		return !required;
	if (*s == '\0' && required)
		return 0;
	if (!utf8_valid(s, strlen(s)) || utf8_count(s) > max)
		return 0;
	for (p = (const unsigned char *)s; *p; p++)
		if (*p < 0x20 || *p == 0x7f)
			return 0;
	return 1;
}

/* detail as stored: at most DETAIL_MAX characters, cut on a character
 * boundary; line breaks and tabs become spaces, other control and bidi
 * characters are dropped (a record must read the way it is stored), bytes
 * that are not UTF-8 become '?'. out holds 4 * DETAIL_MAX + 1 bytes. */
static void
clean_detail(const char *in, char *out)
{
	const unsigned char *p = (const unsigned char *)in;
	size_t n, chars = 0, o = 0;
	uint32_t cp;

	while (*p && chars < DETAIL_MAX) {
		if ((n = utf8_seq_len(p)) == 0) {
			out[o++] = '?';
			p++;
			chars++;
			continue;
		}
		cp = utf8_decode(p, n);
		if (cp == '\t' || cp == '\n' || cp == '\r' ||
		    cp == 0x2028 || cp == 0x2029) {
			out[o++] = ' ';
			chars++;
		} else if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0) ||
		    utf8_is_bidi_control(p, n)) {
			/* dropped */
		} else {
			memcpy(out + o, p, n);
			o += n;
			chars++;
		}
		p += n;
	}
	out[o] = '\0';
}

struct wctx {
	const struct config *cfg;
	const struct audit_event *ev;
	const char *detail;		/* cleaned, or NULL */
};

static const char *
id_str(long long v, char *buf, size_t len)
{
	if (v == 0)
		return NULL;
	snprintf(buf, len, "%lld", v);
	return buf;
}

#define ID_PARAM(v) ((v) ? DB_INT(v) : DB_NULL)

static int
write_tx(struct db *db, void *arg)
{
	struct wctx *w = arg;
	const struct audit_event *ev = w->ev;
	unsigned char prev[32], mac[32];
	char at[96], ids[4][24];
	const char *f[C__MAX];
	struct timespec ts;
	struct tm tm;
	long long seq = -1;
	struct db_txmemo *memo = db_txmemo(db, DB_MEMO_AUDIT);
	HDF *h;
	int rc;

	/* The lock on the head row orders writers: the next seq and the
	 * previous mac are read and replaced by one transaction at a time.
	 * A transaction that wrote a record holds that lock to its end and
	 * knows the head it left (memo): a second record in it reads
	 * nothing again (an import of many lines, a step and its notice). */
	if (memo->valid) {
		seq = memo->n;
		memcpy(prev, memo->b, sizeof(prev));
		rc = 1;
	} else {
		hdf_init(&h);
		rc = db_row(db, h, "H", "SELECT seq, HEX(mac) AS mac FROM audit_head"
		    " WHERE id = 1 FOR UPDATE");
		if (rc == 1) {
			seq = strtoll(hdf_get_value(h, "H.seq", "-1"), NULL, 10);
			if (seq < 0 || unhex32(hdf_get_value(h, "H.mac", NULL), prev) < 0)
				rc = DB_ERR;
		} else if (rc == 0) {
			log_event(LOG_ERR_, "audit", NULL, "error",
			    "audit_head has no row (sql/003-accounts.sql)", NULL);
			rc = DB_ERR;
		}
		hdf_destroy(&h);
	}
	if (rc < 0)
		return rc;
	seq++;

	/* Made here, not by the server, so the mac covers the very string
	 * that is stored; after the lock, so times follow seq. */
	clock_gettime(CLOCK_REALTIME, &ts);
	gmtime_r(&ts.tv_sec, &tm);
	snprintf(at, sizeof(at), "%04d-%02d-%02d %02d:%02d:%02d.%06ld",
	    tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour,
	    tm.tm_min, tm.tm_sec, ts.tv_nsec / 1000);

	f[C_AT] = at;
	f[C_ACTOR_ID] = id_str(ev->actor_id, ids[0], sizeof(ids[0]));
	f[C_ACTOR_KIND] = ev->actor_kind;
	f[C_ACTION] = ev->action;
	f[C_OBJECT_TYPE] = ev->object_type;
	f[C_OBJECT_ID] = id_str(ev->object_id, ids[1], sizeof(ids[1]));
	f[C_OWNER_ID] = id_str(ev->owner_id, ids[2], sizeof(ids[2]));
	f[C_AGENCY_ID] = id_str(ev->agency_id, ids[3], sizeof(ids[3]));
	f[C_CLIENT_IP] = ev->client_ip;
	f[C_DETAIL] = w->detail;
	chain_mac(w->cfg, prev, seq, f, mac);

	/* sent at the commit, the transaction's records in seq order (an
	 * import's many at once): nothing in it reads them, and the head
	 * is the memo's until then */
	if ((rc = db_exec_later(db, "INSERT INTO audit (seq, at, actor_id, actor_kind,"
	    " action, object_type, object_id, owner_id, agency_id, client_ip,"
	    " detail, mac) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
	    DB_INT(seq), DB_STR(at), ID_PARAM(ev->actor_id),
	    DB_STR(ev->actor_kind), DB_STR(ev->action), DB_STR(ev->object_type),
	    ID_PARAM(ev->object_id), ID_PARAM(ev->owner_id),
	    ID_PARAM(ev->agency_id), DB_STR(ev->client_ip), DB_STR(w->detail),
	    DB_BLOB(mac, sizeof(mac)))) < 0)
		return rc;
	/* the head follows by the trigger audit_head_follow (sql/011) */
	memo->valid = 1;
	memo->n = seq;
	memcpy(memo->b, mac, sizeof(memo->b));
	return 0;
}

int
audit_write(struct db *db, const struct config *cfg,
    const struct audit_event *ev)
{
	char detail[4 * DETAIL_MAX + 1];
	struct wctx w = { cfg, ev, NULL };
	const char *why = NULL;

	if (cfg->audit_key_len == 0)
		why = "no audit key loaded (Audit.KeyFile)";
	else if (!name_ok(ev->actor_kind, 16, 1) || !name_ok(ev->action, 40, 1) ||
	    !name_ok(ev->object_type, 24, 0) || !name_ok(ev->client_ip, 45, 0))
		why = "bad actor_kind, action, object_type or client_ip";
	else if (ev->actor_id < 0 || ev->object_id < 0 || ev->owner_id < 0 ||
	    ev->agency_id < 0)
		why = "negative id";
	if (why) {
		/* Refused, so the caller's transaction rolls back: an event
		 * that cannot be recorded does not happen. */
		log_event(LOG_ERR_, "audit", NULL, "action",
		    ev->action ? ev->action : "", "error", why, NULL);
		if (db_depth(db) > 0) {
			/* doom the caller's transaction as a failed
			 * statement would */
			db_begin(db);
			db_rollback(db);
		}
		return DB_ERR;
	}
	if (ev->detail) {
		clean_detail(ev->detail, detail);
		w.detail = detail;
	}
	/* Inside a transaction this nests (the caller commits); alone it is
	 * its own, retried on a deadlock. */
	return db_tx(db, write_tx, &w);
}

/* Verification. */

struct link {
	long long seq;
	unsigned char mac[32];
};

struct vrow {
	long long seq;
	unsigned char mac[32];	/* as stored */
	const char *f[C__MAX];
};

struct verify {
	const struct config *cfg;
	FILE *out;
	long long problems;
	/* the last WINDOW records walked, newest at back[(nback - 1) % WINDOW] */
	struct link back[WINDOW];
	long long nback;
	/* a run of records whose mac is right for other seqs, all moved by
	 * the same amount (records renumbered after an insertion or a
	 * deletion, or swapped): reported as one line */
	int run;
	long long run_first, run_last, run_shift;
};

static const struct link *
behind(const struct verify *v, int k)	/* k = 0: the newest */
{
	if (k >= v->nback || k >= WINDOW)
		return NULL;
	return &v->back[(v->nback - 1 - k) % WINDOW];
}

static void
row_fields(HDF *r, struct vrow *row)
{
	int i;

	row->seq = strtoll(hdf_get_value(r, "seq", "0"), NULL, 10);
	if (unhex32(hdf_get_value(r, "mac", NULL), row->mac) < 0)
		memset(row->mac, 0, sizeof(row->mac));
	for (i = 0; i < C__MAX; i++)
		row->f[i] = hdf_get_value(r, col_names[i], NULL);
}

static int
mac_is(const struct verify *v, const unsigned char prev[32], long long seq,
    const struct vrow *row)
{
	unsigned char m[32];

	chain_mac(v->cfg, prev, seq, row->f, m);
	return ct_equal(m, row->mac, 32);
}

static void
flush_run(struct verify *v)
{
	if (!v->run)
		return;
	if (v->run_first == v->run_last)
		fprintf(v->out, "bản ghi %lld: sai thứ tự (vốn là bản ghi %lld)\n",
		    v->run_first, v->run_first - v->run_shift);
	else
		fprintf(v->out, "bản ghi %lld–%lld: sai thứ tự (vốn là bản ghi "
		    "%lld–%lld)\n", v->run_first, v->run_last,
		    v->run_first - v->run_shift, v->run_last - v->run_shift);
	v->run = 0;
}

/* The record was written with seq *seq after the record whose mac is
 * *prev, for some nearby record behind or ahead (rows[0..nahead-1]).
 * Returns 1 and fills *seq if so. seq == row->seq is tried first. */
static int
find_origin(const struct verify *v, const struct vrow *row,
    const struct vrow *ahead, int nahead, long long *seq)
{
	static const unsigned char zero[32];
	long long x;
	int d, k;

	for (d = 0; d <= WINDOW; d++) {
		for (x = row->seq - d; x <= row->seq + d; x += d ? 2 * d : 1) {
			if (x < 1)
				continue;
			for (k = 0; k < WINDOW; k++) {
				const struct link *l = behind(v, k);

				if (l && mac_is(v, l->mac, x, row))
					goto found;
			}
			if (x == 1 && v->nback <= WINDOW && mac_is(v, zero, x, row))
				goto found;
			for (k = 0; k < nahead && k < WINDOW; k++)
				if (mac_is(v, ahead[k].mac, x, row))
					goto found;
		}
	}
	return 0;
found:
	*seq = x;
	return 1;
}

/* Checks row against the chain so far; rows after it (up to WINDOW) help
 * tell an inserted or moved record from a changed one. */
static void
check_row(struct verify *v, const struct vrow *row, const struct vrow *ahead,
    int nahead)
{
	static const unsigned char zero[32];
	const struct link *last = behind(v, 0);
	const unsigned char *prev = last ? last->mac : zero;
	long long expect = last ? last->seq + 1 : 1, orig;
	int gap = row->seq != expect;

	if (gap) {
		flush_run(v);
		if (row->seq == expect + 1)
			fprintf(v->out, "thiếu bản ghi %lld\n", expect);
		else
			fprintf(v->out, "thiếu bản ghi %lld–%lld\n", expect,
			    row->seq - 1);
		v->problems++;
	}
	if (mac_is(v, prev, row->seq, row)) {
		flush_run(v);
		return;
	}
	/* the next record of a run already found: the common case after an
	 * insertion or a deletion has renumbered the rest */
	if (v->run && !gap && v->run_last == row->seq - 1 &&
	    mac_is(v, prev, row->seq - v->run_shift, row)) {
		v->run_last = row->seq;
		return;
	}
	if (find_origin(v, row, ahead, nahead, &orig)) {
		if (orig == row->seq) {
			/* The record is intact; the one before it is not its
			 * own predecessor, which the problem already reported
			 * for a nearby record explains. */
			flush_run(v);
			if (v->problems == 0 && !gap) {
				fprintf(v->out, "bản ghi %lld: không nối với bản ghi "
				    "trước (chuỗi bị đứt)\n", row->seq);
				v->problems++;
			}
			return;
		}
		if (v->run && v->run_last == row->seq - 1 &&
		    v->run_shift == row->seq - orig) {
			v->run_last = row->seq;
			return;
		}
		flush_run(v);
		v->run = 1;
		v->run_first = v->run_last = row->seq;
		v->run_shift = row->seq - orig;
		v->problems++;
		return;
	}
	flush_run(v);
	if (gap)
		return;		/* its predecessor is among the missing */
	if (nahead > 0 && mac_is(v, prev, row->seq, &ahead[0]))
		fprintf(v->out, "bản ghi %lld: bản ghi chèn thêm, không thuộc "
		    "chuỗi (MAC không khớp)\n", row->seq);
	else
		fprintf(v->out, "bản ghi %lld: nội dung đã bị sửa (MAC không "
		    "khớp)\n", row->seq);
	v->problems++;
}

long long
audit_verify(struct db *db, const struct config *cfg, FILE *out,
    long long *records)
{
	struct verify v;
	struct vrow *rows;
	unsigned char head_mac[32];
	long long head_seq = 0, after = 0, last_seq = 0;
	HDF *h, *r;
	int rc, n, take, i;

	*records = 0;
	if (cfg->audit_key_len == 0) {
		log_event(LOG_ERR_, "audit", NULL, "error",
		    "no audit key loaded (Audit.KeyFile)", NULL);
		return DB_ERR;
	}
	memset(&v, 0, sizeof(v));
	v.cfg = cfg;
	v.out = out;
	rows = xcalloc(BATCH, sizeof(*rows));

	/* One transaction: every batch and the head are read from the same
	 * snapshot, so records written meanwhile are not half seen. */
	if ((rc = db_begin(db)) < 0)
		goto fail;
	hdf_init(&h);
	rc = db_row(db, h, "H", "SELECT seq, HEX(mac) AS mac FROM audit_head"
	    " WHERE id = 1");
	if (rc == 1) {
		head_seq = strtoll(hdf_get_value(h, "H.seq", "0"), NULL, 10);
		if (unhex32(hdf_get_value(h, "H.mac", NULL), head_mac) < 0)
			rc = DB_ERR;
	} else if (rc == 0)
		rc = DB_ERR;
	hdf_destroy(&h);
	if (rc < 0)
		goto fail;

	for (;;) {
		hdf_init(&h);
		n = db_rows(db, h, "R", "SELECT seq,"
		    " DATE_FORMAT(at, '%Y-%m-%d %H:%i:%s.%f') AS at, actor_id,"
		    " actor_kind, action, object_type, object_id, owner_id,"
		    " agency_id, client_ip, detail, HEX(mac) AS mac"
		    " FROM audit WHERE seq > ? ORDER BY seq LIMIT 1000",	/* BATCH */
		    DB_INT(after));
		if (n < 0) {
			hdf_destroy(&h);
			rc = n;
			goto fail;
		}
		for (i = 0, r = hdf_get_child(h, "R"); r && i < n;
		    r = hdf_obj_next(r), i++)
			row_fields(r, &rows[i]);
		/* A full batch keeps its last WINDOW rows for the next one,
		 * so every record is checked with the ones after it in view. */
		take = n == BATCH ? n - WINDOW : n;
		for (i = 0; i < take; i++) {
			check_row(&v, &rows[i], rows + i + 1, n - i - 1);
			v.back[v.nback % WINDOW].seq = rows[i].seq;
			memcpy(v.back[v.nback % WINDOW].mac, rows[i].mac, 32);
			v.nback++;
			after = last_seq = rows[i].seq;
		}
		hdf_destroy(&h);
		if (n < BATCH)
			break;
	}
	flush_run(&v);
	*records = v.nback;

	/* The head names the last record: this is what catches records
	 * deleted from the end, which leave no gap behind them. */
	if (head_seq > last_seq) {
		if (head_seq == last_seq + 1)
			fprintf(out, "đầu chuỗi ghi bản ghi %lld nhưng bản ghi cuối "
			    "là %lld: thiếu bản ghi %lld ở cuối\n", head_seq,
			    last_seq, head_seq);
		else
			fprintf(out, "đầu chuỗi ghi bản ghi %lld nhưng bản ghi cuối "
			    "là %lld: thiếu bản ghi %lld–%lld ở cuối\n", head_seq,
			    last_seq, last_seq + 1, head_seq);
		v.problems++;
	} else if (head_seq < last_seq) {
		if (last_seq == head_seq + 1)
			fprintf(out, "đầu chuỗi ghi bản ghi %lld nhưng có bản ghi "
			    "đến %lld: bản ghi %lld nằm ngoài chuỗi\n", head_seq,
			    last_seq, last_seq);
		else
			fprintf(out, "đầu chuỗi ghi bản ghi %lld nhưng có bản ghi "
			    "đến %lld: bản ghi %lld–%lld nằm ngoài chuỗi\n",
			    head_seq, last_seq, head_seq + 1, last_seq);
		v.problems++;
	} else {
		static const unsigned char zero[32];
		const struct link *l = behind(&v, 0);

		if (!ct_equal(head_mac, l ? l->mac : zero, 32)) {
			fprintf(out, "đầu chuỗi: MAC không khớp bản ghi cuối %lld\n",
			    last_seq);
			v.problems++;
		}
	}
	free(rows);
	/* read only; a commit leaves a caller's transaction as it was */
	if ((rc = db_commit(db)) < 0)
		return rc;
	return v.problems;
fail:
	free(rows);
	if (db_depth(db) > 0)
		db_rollback(db);
	return rc;
}
