/* The content-addressed file store: see store.h. */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <openssl/evp.h>

#include "core/conf.h"
#include "core/db.h"
#include "core/util.h"
#include "domain/store.h"

static int
sha_ok(const char *sha)
{
	int i;

	for (i = 0; i < 64; i++)
		if (!((sha[i] >= '0' && sha[i] <= '9') || (sha[i] >= 'a' && sha[i] <= 'f')))
			return 0;
	return sha[64] == '\0';
}

int
store_path(const struct config *cfg, const char *sha, char out[PATH_MAX])
{
	if (sha == NULL || !sha_ok(sha))
		return -1;
	if (snprintf(out, PATH_MAX, "%s/%.2s/%.2s/%s", cfg_str(cfg, "Storage.Dir"),
	    sha, sha + 2, sha) >= PATH_MAX)
		return -1;
	return 0;
}

static int
fsync_dir(const char *dir)
{
	int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	int rc;

	if (fd < 0)
		return -1;
	rc = fsync(fd);
	close(fd);
	return rc;
}

static int
mkdir_one(const char *p)
{
	if (mkdir(p, 0700) == 0)
		return fsync_dir(p);
	return errno == EEXIST ? 0 : -1;
}

static int
hash_fd(int fd, char sha[SHA256_HEX])
{
	EVP_MD_CTX *md = EVP_MD_CTX_new();
	unsigned char dig[32], *chunk = xmalloc(65536);
	unsigned int dl = 0;
	off_t pos = 0;
	int rc = -1;

	if (md == NULL || !EVP_DigestInit_ex(md, EVP_sha256(), NULL))
		goto out;
	for (;;) {
		ssize_t n = pread(fd, chunk, 65536, pos);

		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			goto out;
		if (n == 0)
			break;
		EVP_DigestUpdate(md, chunk, (size_t)n);
		pos += n;
	}
	if (!EVP_DigestFinal_ex(md, dig, &dl))
		goto out;
	hex_encode(dig, sizeof(dig), sha);
	rc = 0;
out:
	EVP_MD_CTX_free(md);
	free(chunk);
	return rc;
}

int
store_put(const struct config *cfg, char path[PATH_MAX], int fd,
    char sha[SHA256_HEX])
{
	char dest[PATH_MAX], dir[PATH_MAX];
	const char *base = cfg_str(cfg, "Storage.Dir");

	if (hash_fd(fd, sha) != 0 || fsync(fd) != 0)
		return -1;
	if (store_path(cfg, sha, dest) != 0) {
		errno = ENAMETOOLONG;
		return -1;
	}
	snprintf(dir, sizeof(dir), "%s/%.2s", base, sha);
	if (mkdir_one(dir) != 0)
		return -1;
	snprintf(dir, sizeof(dir), "%s/%.2s/%.2s", base, sha, sha + 2);
	if (mkdir_one(dir) != 0)
		return -1;
	/* Same name, same bytes: if the store has them already, the new
	 * copy replaces the old one. A fresh file (new inode, new time) is
	 * what keeps the sweeper, which judges files by age, away from a
	 * file about to be linked again (see store_sweep). */
	if (fchmod(fd, 0600) != 0 || rename(path, dest) != 0)
		return -1;
	path[0] = '\0';
	return fsync_dir(dir);
}

int
store_open(const struct config *cfg, const char *sha, long long *size)
{
	char p[PATH_MAX];
	struct stat st;
	int fd;

	if (store_path(cfg, sha, p) != 0)
		return -1;
	if ((fd = open(p, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)) < 0)
		return -1;
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
		close(fd);
		return -1;
	}
	*size = (long long)st.st_size;
	return fd;
}

/* --- the sweeper ------------------------------------------------------------ */

static int
old_enough(const struct stat *st, time_t cutoff)
{
	return st->st_mtime < cutoff;
}

static void
sweep_quarantine(const struct config *cfg, time_t cutoff, int dry, FILE *out,
    struct sweep_stats *s)
{
	char q[PATH_MAX], p[PATH_MAX];
	struct dirent *de;
	struct stat st;
	DIR *d;

	snprintf(q, sizeof(q), "%s/quarantine", cfg_str(cfg, "Storage.Dir"));
	if ((d = opendir(q)) == NULL)
		return;
	while ((de = readdir(d)) != NULL) {
		if (strncmp(de->d_name, "q-", 2) != 0)
			continue;
		if (snprintf(p, sizeof(p), "%s/%s", q, de->d_name) >= (int)sizeof(p))
			continue;
		if (lstat(p, &st) != 0 || !S_ISREG(st.st_mode) || !old_enough(&st, cutoff))
			continue;
		if (out)
			fprintf(out, "quarantine %s\n", de->d_name);
		if (dry || unlink(p) == 0)
			s->quarantine_removed++;
	}
	closedir(d);
}

/* Puts a file moved aside back, unless a new copy took its place. */
static void
restore(const char *aside, const char *path)
{
	if (link(aside, path) != 0 && errno != EEXIST)
		return;		/* left in quarantine; the next sweep sees it */
	unlink(aside);
}

static int
hex2(const char *s)
{
	return strlen(s) == 2 && strspn(s, "0123456789abcdef") == 2;
}

int
store_sweep(struct db *db, const struct config *cfg, int dry_run, FILE *out,
    struct sweep_stats *s)
{
	const char *base = cfg_str(cfg, "Storage.Dir");
	time_t cutoff = time(NULL) - 3600 * cfg_int(cfg, "Storage.QuarantineHours");
	char l1[PATH_MAX], l2[PATH_MAX], p[PATH_MAX], t[PATH_MAX];
	struct dirent *a, *b, *c;
	DIR *d1, *d2, *d3;
	struct stat st;
	int rc = 0;

	memset(s, 0, sizeof(*s));
	sweep_quarantine(cfg, cutoff, dry_run, out, s);
	if ((d1 = opendir(base)) == NULL)
		return 0;
	while (rc >= 0 && (a = readdir(d1)) != NULL) {
		if (!hex2(a->d_name))
			continue;
		if (snprintf(l1, sizeof(l1), "%s/%s", base, a->d_name) >= (int)sizeof(l1) - 4)
			continue;
		if ((d2 = opendir(l1)) == NULL)
			continue;
		while (rc >= 0 && (b = readdir(d2)) != NULL) {
			if (!hex2(b->d_name))
				continue;
			if (snprintf(l2, sizeof(l2), "%s/%.2s", l1, b->d_name) >= (int)sizeof(l2))
				continue;
			if ((d3 = opendir(l2)) == NULL)
				continue;
			while ((c = readdir(d3)) != NULL) {
				long long used = 0;

				if (strlen(c->d_name) != 64 || !sha_ok(c->d_name))
					continue;
				if (snprintf(p, sizeof(p), "%s/%s", l2, c->d_name) >= (int)sizeof(p))
					continue;
				if (lstat(p, &st) != 0 || !S_ISREG(st.st_mode) ||
				    !old_enough(&st, cutoff))
					continue;
				/* Moved aside first, then judged: a store_put
				 * of the same bytes meanwhile makes a new file
				 * in its place (new time), and one that ran
				 * just before shows as young here. */
				if (snprintf(t, sizeof(t), "%s/quarantine/t-%s", base,
				    c->d_name) >= (int)sizeof(t))
					continue;
				if (!dry_run && rename(p, t) != 0)
					continue;
				if (!dry_run && (lstat(t, &st) != 0 || !old_enough(&st, cutoff))) {
					restore(t, p);
					continue;
				}
				/* a dossier's file, an opinion's reply, or a
				 * procedure's uploaded form (kept once
				 * uploaded: a draft or a published version
				 * may name it) */
				rc = db_int(db, &used, "SELECT (SELECT COUNT(*) FROM dossier_file"
				    " WHERE sha256 = ?) + (SELECT COUNT(*) FROM opinion WHERE"
				    " reply_sha256 = ?) + (SELECT COUNT(*) FROM form_file WHERE"
				    " sha256 = ?)", DB_STR(c->d_name), DB_STR(c->d_name),
				    DB_STR(c->d_name));
				if (rc < 0 || used > 0) {
					if (!dry_run)
						restore(t, p);
					if (rc < 0)
						break;
					s->store_kept++;
					continue;
				}
				if (out)
					fprintf(out, "store %s\n", c->d_name);
				if (dry_run || unlink(t) == 0)
					s->store_removed++;
			}
			closedir(d3);
		}
		closedir(d2);
	}
	closedir(d1);
	return rc < 0 ? rc : 0;
}
