/* The catalogue's CSV form. See catalog_csv.h. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "core/buf.h"
#include "core/util.h"
#include "domain/catalog_csv.h"
#include "domain/catalog_validate.h"

/* One RFC 4180 record from *pp into fields (malloc'd); returns the count,
 * 0 at the end, -1 on a malformed quote. */
static int
csv_record(const char **pp, char ***out)
{
	const char *p = *pp;
	struct buf f = BUF_INIT;
	char **fields = NULL;
	int n = 0, quoted = 0;

	if (*p == '\0')
		return 0;
	for (;;) {
		if (*p == '"' && f.len == 0 && !quoted) {
			quoted = 1;
			p++;
			continue;
		}
		if (quoted) {
			if (*p == '\0') {
				buf_free(&f);
				while (n)
					free(fields[--n]);
				free(fields);
				return -1;
			}
			if (*p == '"' && p[1] == '"') {
				buf_addc(&f, '"');
				p += 2;
				continue;
			}
			if (*p == '"') {
				quoted = 2;	/* closed: only , or end may follow */
				p++;
				if (*p != ',' && *p != '\n' && *p != '\r' && *p != '\0') {
					buf_free(&f);
					while (n)
						free(fields[--n]);
					free(fields);
					return -1;
				}
				continue;
			}
			if (quoted == 1) {
				buf_addc(&f, *p++);
				continue;
			}
		}
		if (*p == ',' || *p == '\n' || *p == '\r' || *p == '\0') {
			fields = xrealloc(fields, (size_t)(n + 1) * sizeof(*fields));
			fields[n++] = f.s ? f.s : xstrdup("");
			f.s = NULL;
			f.len = f.cap = 0;
			quoted = 0;
			if (*p == ',') {
				p++;
				continue;
			}
			if (*p == '\r')
				p++;
			if (*p == '\n')
				p++;
			break;
		}
		buf_addc(&f, *p++);
	}
	*pp = p;
	*out = fields;
	return n;
}

static json_t *
split_list(const char *s)
{
	json_t *a = json_array();
	const char *e;

	while (s && *s) {
		while (*s == ' ')
			s++;
		e = strchr(s, ';');
		if (e == NULL)
			e = s + strlen(s);
		if (e > s)
			json_array_append_new(a, json_stringn(s, (size_t)(e - s)));
		s = *e ? e + 1 : e;
	}
	return a;
}

/* The internal process's steps: "step|role|unit|hours" or
 * "step|role|unit|hours|channel" (unit may be empty; no channel: the step
 * is in every channel's process), separated by ";". The values go as
 * they are to the validator, which names what is wrong; -1 when a step
 * has not 4 or 5 parts or its hours are not a number. */
static json_t *
csv_process(const char *v, int *bad)
{
	json_t *steps = split_list(v), *out = json_array(), *s;
	size_t k;

	*bad = 0;
	json_array_foreach(steps, k, s) {
		const char *p = json_string_value(s), *bar;
		const char *part[6];
		size_t len[6];
		int n = 0;

		for (;;) {
			bar = strchr(p, '|');
			if (n < 6) {
				part[n] = p;
				len[n] = bar ? (size_t)(bar - p) : strlen(p);
			}
			n++;
			if (bar == NULL)
				break;
			p = bar + 1;
		}
		if (n == 4 || n == 5) {
			json_t *o = json_object();
			char num[40], *end;
			double h;

			json_object_set_new(o, "step", json_stringn(part[0], len[0]));
			json_object_set_new(o, "role", json_stringn(part[1], len[1]));
			if (len[2])
				json_object_set_new(o, "unit", json_stringn(part[2], len[2]));
			snprintf(num, sizeof(num), "%.*s", (int)(len[3] < 39 ? len[3] : 39), part[3]);
			h = strtod(num, &end);
			while (*end == ' ')
				end++;
			if (end == num || *end)
				*bad = 1;
			else
				json_object_set_new(o, "hours", json_real(h));
			if (n == 5 && len[4])
				json_object_set_new(o, "channel", json_stringn(part[4], len[4]));
			json_array_append_new(out, o);
		} else
			*bad = 1;
	}
	json_decref(steps);
	return out;
}

/* "5 working_days" -> channel object */
static int
csv_channel(json_t *chans, const char *channel, const char *v, json_t *fee_src)
{
	char unit[40];
	double t;
	json_t *c;

	if (v == NULL || *v == '\0')
		return 0;
	if (sscanf(v, "%lf %39s", &t, unit) != 2)
		return -1;
	c = json_object();
	json_object_set_new(c, "channel", json_string(channel));
	json_object_set_new(c, "time", json_real(t));
	json_object_set_new(c, "unit", json_string(unit));
	if (json_object_get(fee_src, "fee"))
		json_object_set(c, "fee", json_object_get(fee_src, "fee"));
	if (json_object_get(fee_src, "charge"))
		json_object_set(c, "charge", json_object_get(fee_src, "charge"));
	if (json_object_get(fee_src, "fee_note"))
		json_object_set(c, "fee_note", json_object_get(fee_src, "fee_note"));
	json_array_append_new(chans, c);
	return 0;
}

json_t *
catalog_csv_to_json(struct catalog_check *x, const char *text)
{
	static const char *const cols[] = { "code", "name", "field", "implementing",
		"competent", "coordinating", "agency_levels", "level", "level_2022",
		"subjects", "conditions", "result", "guide", "time_in_person",
		"time_online", "time_post", "fee", "charge", "fee_note", "documents",
		"legal_basis", "keywords", "publishing_decision", "valid_from", "valid_to",
		"internal_process", NULL };
	json_t *root = json_object(), *procs = json_array();
	const char *p = text;
	char **head = NULL, **f;
	int nh, n, i, line = 1;
	size_t c;

	json_object_set_new(root, "format", json_string("dvc-catalog-1"));
	json_object_set_new(root, "procedures", procs);
	if (strncmp(p, "\xef\xbb\xbf", 3) == 0)
		p += 3;
	snprintf(x->where, sizeof(x->where), "dòng 1");
	if ((nh = csv_record(&p, &head)) <= 0) {
		catalog_err(x, "-", "không đọc được dòng tiêu đề");
		return root;
	}
	for (i = 0; i < nh; i++)
		if (!catalog_one_of(head[i], cols))
			catalog_err(x, head[i], "cột không có trong định dạng (xem man dvc-catalog)");
	while ((n = csv_record(&p, &f)) != 0) {
		json_t *o, *ag, *chans, *docs, *fees = json_object();

		line++;
		snprintf(x->where, sizeof(x->where), "dòng %d", line);
		if (n < 0) {
			catalog_err(x, "-", "dấu ngoặc kép không đóng hoặc sai vị trí");
			json_decref(fees);
			break;
		}
		if (n == 1 && f[0][0] == '\0') {	/* blank line */
			free(f[0]);
			free(f);
			json_decref(fees);
			continue;
		}
		if (n != nh)
			catalog_err(x, "-", "có %d cột, tiêu đề có %d", n, nh);
		o = json_object();
		ag = json_object();
		chans = json_array();
		json_object_set_new(o, "agencies", ag);
		for (i = 0; i < n && i < nh; i++) {
			const char *h = head[i], *v = f[i];

			if (*v == '\0')
				continue;
			if (!strcmp(h, "implementing") || !strcmp(h, "competent") ||
			    !strcmp(h, "coordinating"))
				json_object_set_new(ag, h, split_list(v));
			else if (!strcmp(h, "agency_levels") || !strcmp(h, "legal_basis") ||
			    !strcmp(h, "keywords"))
				json_object_set_new(o, h, split_list(v));
			else if (!strcmp(h, "level") || !strcmp(h, "fee") || !strcmp(h, "charge")) {
				char *end;
				long long k = strtoll(v, &end, 10);

				if (*end || end == v)
					catalog_err(x, h, "phải là số nguyên");
				else
					json_object_set_new(!strcmp(h, "level") ? o : fees, h,
					    json_integer(k));
			} else if (!strcmp(h, "fee_note"))
				json_object_set_new(fees, h, json_string(v));
			else if (!strncmp(h, "time_", 5))
				;	/* below, once fees are known */
			else if (!strcmp(h, "documents")) {
				json_t *ds = split_list(v), *d;
				size_t k;

				docs = json_array();
				json_array_foreach(ds, k, d) {
					char *copy = xstrdup(json_string_value(d)), *save = NULL;
					char *name = strtok_r(copy, "|", &save);
					char *orig = strtok_r(NULL, "|", &save);
					char *cop = strtok_r(NULL, "|", &save);
					char *req = strtok_r(NULL, "|", &save);
					json_t *doc = json_object();

					json_object_set_new(doc, "name", json_string(name ? name : ""));
					if (orig == NULL || cop == NULL || req == NULL ||
					    strtok_r(NULL, "|", &save))
						catalog_err(x, "documents", "mỗi giấy tờ có dạng tên|bản chính|bản sao|bắt buộc (1/0)");
					else {
						json_object_set_new(doc, "originals", json_integer(atoi(orig)));
						json_object_set_new(doc, "copies", json_integer(atoi(cop)));
						json_object_set_new(doc, "required", json_boolean(atoi(req) != 0));
					}
					json_array_append_new(docs, doc);
					free(copy);
				}
				json_decref(ds);
				json_object_set_new(o, "documents", docs);
			} else if (!strcmp(h, "internal_process")) {
				int bad;

				json_object_set_new(o, h, csv_process(v, &bad));
				if (bad)
					catalog_err(x, h, "mỗi bước có dạng bước|vai trò|đơn vị|số giờ"
					    " hoặc bước|vai trò|đơn vị|số giờ|cách nộp");
			} else
				json_object_set_new(o, h, json_string(v));
		}
		for (i = 0; i < n && i < nh; i++) {
			const char *h = head[i];

			if (!strncmp(h, "time_", 5) &&
			    csv_channel(chans, !strcmp(h, "time_in_person") ? "in_person" :
			    !strcmp(h, "time_online") ? "online" : "post", f[i], fees) < 0)
				catalog_err(x, h, "có dạng \"5 working_days\" hoặc \"4 working_hours\"");
		}
		json_object_set_new(o, "channels", chans);
		/* CSV has no steps: one step per party, from the procedure's name */
		{
			json_t *steps = json_array(), *s1 = json_object(), *s2 = json_object();

			json_object_set_new(s1, "party", json_string("citizen"));
			json_object_set_new(s1, "text", json_string("Nộp hồ sơ theo thành phần đã công bố."));
			json_object_set_new(s2, "party", json_string("agency"));
			json_object_set_new(s2, "text", json_string("Tiếp nhận, giải quyết và trả kết quả đúng thời hạn."));
			json_array_append_new(steps, s1);
			json_array_append_new(steps, s2);
			json_object_set_new(o, "steps", steps);
		}
		json_array_append_new(procs, o);
		json_decref(fees);
		for (c = 0; c < (size_t)n; c++)
			free(f[c]);
		free(f);
	}
	for (i = 0; i < nh; i++)
		free(head[i]);
	free(head);
	return root;
}
