/* Shared counters per responder (see metrics.h). */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/conf.h"
#include "core/log.h"
#include "core/metrics.h"

#define M_MAGIC		0x31534d4344564400ULL	/* "\0DVCDMS1" */
#define M_SLOTS		1024
#define M_KEYMAX	160

/* One series. state: 0 free, 1 being claimed, 2 ready (key written). */
struct slot {
	uint32_t state;
	uint32_t hash;
	uint64_t value;
	char key[M_KEYMAX];
};

struct mfile {
	uint64_t magic;
	uint64_t nslots;
	struct slot slot[M_SLOTS];
};

/* This process's mapping (process state, set at the worker's start). */
static struct mfile *M;
static char M_name[32];

/* Upper bounds of the latency histogram, in seconds. */
static const double le[] = { 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10 };
static const char *const le_s[] = { "0.005", "0.01", "0.025", "0.05", "0.1",
    "0.25", "0.5", "1", "2.5", "5", "10" };
#define NLE (sizeof(le) / sizeof(le[0]))

static uint32_t
fnv(const char *s)
{
	uint32_t h = 2166136261u;

	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 16777619u;
	return h;
}

void
metrics_open(const struct config *cfg, const char *responder)
{
	char path[PATH_MAX];
	const char *dir = cfg_str(cfg, "Metrics.Dir");
	struct stat st;
	void *p;
	int fd;

	if (M)
		return;
	snprintf(M_name, sizeof(M_name), "%s", responder);
	if (snprintf(path, sizeof(path), "%s/%s.metrics", dir, responder) >= (int)sizeof(path))
		return;
	if (mkdir(dir, 0700) != 0 && errno != EEXIST)
		goto fail;
	if ((fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600)) < 0)
		goto fail;
	/* the first process sizes it: the new bytes read as zeros */
	if (fstat(fd, &st) != 0 || (st.st_size < (off_t)sizeof(struct mfile) &&
	    ftruncate(fd, sizeof(struct mfile)) != 0)) {
		close(fd);
		goto fail;
	}
	p = mmap(NULL, sizeof(struct mfile), PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	close(fd);
	if (p == MAP_FAILED)
		goto fail;
	M = p;
	if (__atomic_load_n(&M->magic, __ATOMIC_ACQUIRE) != M_MAGIC) {
		uint64_t zero = 0;

		/* a new file: one process writes the header */
		if (__atomic_compare_exchange_n(&M->nslots, &zero, M_SLOTS, 0,
		    __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE))
			__atomic_store_n(&M->magic, M_MAGIC, __ATOMIC_RELEASE);
	}
	return;
fail:
	log_event(LOG_WARN_, "metrics", NULL, "error", "counters off: Metrics.Dir not writable",
	    "path", path, "why", strerror(errno), NULL);
}

void
metrics_close(void)
{
	if (M)
		munmap(M, sizeof(struct mfile));
	M = NULL;
}

/* Adds n to the series named key, claiming a slot for it the first time.
 * A full table drops the count (and says so once). */
static void
add(const char *key, uint64_t n)
{
	static int full_said;
	uint32_t h;
	size_t i, k;

	if (M == NULL || strlen(key) >= M_KEYMAX)
		return;
	h = fnv(key);
	for (k = 0; k < M_SLOTS; k++) {
		struct slot *s = &M->slot[(h + k) % M_SLOTS];
		uint32_t st = __atomic_load_n(&s->state, __ATOMIC_ACQUIRE);

		if (st == 0) {
			uint32_t zero = 0;

			if (__atomic_compare_exchange_n(&s->state, &zero, 1, 0,
			    __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE)) {
				s->hash = h;
				memcpy(s->key, key, strlen(key) + 1);
				__atomic_store_n(&s->state, 2, __ATOMIC_RELEASE);
				__atomic_fetch_add(&s->value, n, __ATOMIC_RELAXED);
				return;
			}
			st = __atomic_load_n(&s->state, __ATOMIC_ACQUIRE);
		}
		/* claimed by another process a moment ago: wait for its key */
		for (i = 0; st == 1 && i < 100000; i++)
			st = __atomic_load_n(&s->state, __ATOMIC_ACQUIRE);
		if (st == 2 && s->hash == h && strcmp(s->key, key) == 0) {
			__atomic_fetch_add(&s->value, n, __ATOMIC_RELAXED);
			return;
		}
	}
	if (!full_said) {
		full_said = 1;
		log_event(LOG_WARN_, "metrics", NULL, "error", "counter table full", NULL);
	}
}

/* A label value as Prometheus reads it: backslash, quote and newline
 * escaped; cut to fit. */
static void
label(char *out, size_t cap, const char *v)
{
	size_t o = 0;

	for (; *v && o + 3 < cap; v++) {
		if (*v == '\\' || *v == '"') {
			out[o++] = '\\';
			out[o++] = *v;
		} else if (*v == '\n') {
			out[o++] = '\\';
			out[o++] = 'n';
		} else
			out[o++] = *v;
	}
	out[o] = '\0';
}

void
metrics_request(const char *route, int status, double seconds, const char *refused)
{
	char key[M_KEYMAX], r[96];
	size_t i;

	if (M == NULL)
		return;
	label(r, sizeof(r), route ? route : "-");
	if (snprintf(key, sizeof(key), "dvc_requests_total{responder=\"%s\",route=\"%s\",status=\"%d\"}",
	    M_name, r, status) < (int)sizeof(key))
		add(key, 1);
	for (i = 0; i < NLE; i++)
		if (seconds <= le[i]) {
			if (snprintf(key, sizeof(key),
			    "dvc_request_duration_seconds_bucket{responder=\"%s\",le=\"%s\"}",
			    M_name, le_s[i]) < (int)sizeof(key))
				add(key, 1);
		}
	if (snprintf(key, sizeof(key), "dvc_request_duration_seconds_bucket{responder=\"%s\",le=\"+Inf\"}",
	    M_name) < (int)sizeof(key))
		add(key, 1);
	if (snprintf(key, sizeof(key), "dvc_request_duration_seconds_count{responder=\"%s\"}", M_name) < (int)sizeof(key))
		add(key, 1);
	/* the sum in microseconds, printed in seconds */
	if (snprintf(key, sizeof(key), "dvc_request_duration_seconds_sum{responder=\"%s\"}", M_name) < (int)sizeof(key))
		add(key, (uint64_t)(seconds * 1e6 + 0.5));
	if (refused)
		metrics_count("dvc_uploads_refused_total", "reason", refused);
}

void
metrics_count(const char *family, const char *lname, const char *value)
{
	char key[M_KEYMAX], v[64];

	if (M == NULL)
		return;
	label(v, sizeof(v), value);
	if (snprintf(key, sizeof(key), "%s{responder=\"%s\",%s=\"%s\"}", family, M_name, lname, v) < (int)sizeof(key))
		add(key, 1);
}

/* --- the exposition -------------------------------------------------------- */

static const struct {
	const char *name, *type, *help;
} families[] = {
	{ "dvc_requests_total", "counter", "Requests answered, by responder, route pattern and status." },
	{ "dvc_request_duration_seconds", "histogram", "Time from a request's arrival to its answer, per responder." },
	{ "dvc_db_errors_total", "counter", "Database errors, by kind (down, retry, duplicate, error)." },
	{ "dvc_uploads_refused_total", "counter", "Uploads refused, by reason." },
};
#define NFAM (sizeof(families) / sizeof(families[0]))

/* Whether key is a series of family: "family{", or for a histogram
 * "family_bucket{", "_sum{", "_count{". */
static int
of_family(const char *key, const char *fam, int *is_sum)
{
	size_t n = strlen(fam);

	*is_sum = 0;
	if (strncmp(key, fam, n) != 0)
		return 0;
	key += n;
	if (*key == '{')
		return 1;
	if (strncmp(key, "_bucket{", 8) == 0 || strncmp(key, "_count{", 7) == 0)
		return 1;
	if (strncmp(key, "_sum{", 5) == 0) {
		*is_sum = 1;
		return 1;
	}
	return 0;
}

void
metrics_write(const struct config *cfg, struct buf *out)
{
	const char *dir = cfg_str(cfg, "Metrics.Dir");
	struct mfile *files[32];
	int nf = 0, i;
	size_t f, k;
	DIR *d;
	struct dirent *de;

	if ((d = opendir(dir)) != NULL) {
		while ((de = readdir(d)) != NULL && nf < 32) {
			char path[PATH_MAX];
			size_t l = strlen(de->d_name);
			struct stat st;
			void *p;
			int fd;

			if (l < 9 || strcmp(de->d_name + l - 8, ".metrics") != 0)
				continue;
			snprintf(path, sizeof(path), "%s/%s", dir, de->d_name);
			if ((fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)) < 0)
				continue;
			if (fstat(fd, &st) == 0 && st.st_size >= (off_t)sizeof(struct mfile) &&
			    (p = mmap(NULL, sizeof(struct mfile), PROT_READ, MAP_SHARED, fd, 0)) != MAP_FAILED) {
				if (((struct mfile *)p)->magic == M_MAGIC)
					files[nf++] = p;
				else
					munmap(p, sizeof(struct mfile));
			}
			close(fd);
		}
		closedir(d);
	}
	for (f = 0; f < NFAM; f++) {
		buf_printf(out, "# HELP %s %s\n# TYPE %s %s\n", families[f].name,
		    families[f].help, families[f].name, families[f].type);
		for (i = 0; i < nf; i++)
			for (k = 0; k < M_SLOTS; k++) {
				const struct slot *s = &files[i]->slot[k];
				uint64_t v;
				int is_sum;

				if (__atomic_load_n(&s->state, __ATOMIC_ACQUIRE) != 2 ||
				    !of_family(s->key, families[f].name, &is_sum))
					continue;
				v = __atomic_load_n(&s->value, __ATOMIC_RELAXED);
				if (is_sum)
					buf_printf(out, "%s %.6f\n", s->key, (double)v / 1e6);
				else
					buf_printf(out, "%s %llu\n", s->key, (unsigned long long)v);
			}
	}
	for (i = 0; i < nf; i++)
		munmap(files[i], sizeof(struct mfile));
}

int
metrics_allowed(const char *list, const char *addr)
{
	size_t al;

	if (addr == NULL || *addr == '\0')
		return 0;
	al = strlen(addr);
	while (*list) {
		size_t n;

		while (*list == ' ' || *list == ',')
			list++;
		n = strcspn(list, " ,");
		if (n == 1 && *list == '*')
			return 1;
		if (n == al && strncmp(list, addr, n) == 0)
			return 1;
		list += n;
	}
	return 0;
}
