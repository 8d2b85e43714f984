/* dvcctl backup DIR | restore DIR: the database and the file store, for
 * another machine or a bad day.
 *
 * DIR/db.sql        mariadb-dump --single-transaction of Db.Name: one
 *                   consistent read while the portal keeps writing
 * DIR/files/ab/cd/H the store's files, copied only when DIR lacks them
 *                   (a file's name is its SHA-256, so a later backup into
 *                   the same DIR copies only what is new)
 * DIR/manifest      "dvc-backup 1", the release, the last migration, then
 *                   "SHA256 SIZE PATH" for db.sql and every file
 *
 * Files are copied before and after the dump: a file uploaded while it
 * ran is in the second pass, and one the sweeper removed after the dump
 * is in the first. The secret file and the audit key are not in DIR: they
 * are kept apart (docs/operator-guide.md, "Backups").
 *
 * restore checks every checksum, loads db.sql into an empty Db.Name,
 * puts the files into Storage.Dir through the store (each checked against
 * its name), then runs migrate: newer migrations and the responders'
 * accounts and grants. */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <openssl/evp.h>

#include "core/conf.h"
#include "core/db.h"
#include "core/util.h"
#include "ctl/ctl.h"
#include "domain/store.h"

struct copy_stats {
	long copied, present;
	long long bytes;
};

static int
is_hex64(const char *s)
{
	size_t i;

	for (i = 0; i < 64; i++)
		if (!((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'f')))
			return 0;
	return s[64] == '\0';
}

static int
mkdir_p(const char *path, mode_t mode)
{
	char tmp[PATH_MAX], *p;

	if (snprintf(tmp, sizeof(tmp), "%s", path) >= (int)sizeof(tmp))
		return -1;
	for (p = tmp + 1; *p; p++)
		if (*p == '/') {
			*p = '\0';
			if (mkdir(tmp, mode) < 0 && errno != EEXIST)
				return -1;
			*p = '/';
		}
	return mkdir(tmp, mode) < 0 && errno != EEXIST ? -1 : 0;
}

/* Copies src to dst (through dst.tmp, fsync, rename) and its SHA-256 into
 * hex. 0 or -1 (errno). */
static int
copy_file(const char *src, const char *dst, char hex[65], long long *size)
{
	char tmp[PATH_MAX], buf[65536];
	unsigned char md[32];
	EVP_MD_CTX *ctx = EVP_MD_CTX_new();
	int in, out, rc = -1;
	ssize_t n;

	*size = 0;
	if (snprintf(tmp, sizeof(tmp), "%s.tmp", dst) >= (int)sizeof(tmp) ||
	    ctx == NULL || EVP_DigestInit_ex(ctx, EVP_sha256(), NULL) != 1) {
		EVP_MD_CTX_free(ctx);
		return -1;
	}
	if ((in = open(src, O_RDONLY | O_CLOEXEC)) < 0) {
		EVP_MD_CTX_free(ctx);
		return -1;
	}
	if ((out = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600)) < 0)
		goto done;
	while ((n = read(in, buf, sizeof(buf))) > 0) {
		if (write(out, buf, (size_t)n) != n)
			goto done;
		EVP_DigestUpdate(ctx, buf, (size_t)n);
		*size += n;
	}
	if (n < 0 || fsync(out) != 0)
		goto done;
	EVP_DigestFinal_ex(ctx, md, NULL);
	hex_encode(md, 32, hex);
	rc = 0;
done:
	if (out >= 0 && close(out) != 0)
		rc = -1;
	close(in);
	EVP_MD_CTX_free(ctx);
	if (rc == 0 && rename(tmp, dst) != 0)
		rc = -1;
	if (rc != 0)
		unlink(tmp);
	return rc;
}

/* The store's files into DIR/files, those DIR lacks. */
static int
copy_store(struct ctl *c, const char *store, const char *dir,
    struct copy_stats *st)
{
	DIR *d1, *d2, *d3;
	struct dirent *a, *b, *f;
	char p[PATH_MAX], q[PATH_MAX], hex[65];
	struct stat sb;
	long long size;
	int rc = 0;

	if ((d1 = opendir(store)) == NULL) {
		ctl_err(c, "Storage.Dir: không mở được %s: %s", store, strerror(errno));
		return -1;
	}
	while (rc == 0 && (a = readdir(d1)) != NULL) {
		if (strlen(a->d_name) != 2 || !strchr("0123456789abcdef", a->d_name[0]))
			continue;	/* quarantine and the like */
		snprintf(p, sizeof(p), "%s/%s", store, a->d_name);
		if ((d2 = opendir(p)) == NULL)
			continue;
		while (rc == 0 && (b = readdir(d2)) != NULL) {
			if (strlen(b->d_name) != 2 || b->d_name[0] == '.')
				continue;
			snprintf(p, sizeof(p), "%s/%s/%s", store, a->d_name, b->d_name);
			if ((d3 = opendir(p)) == NULL)
				continue;
			while (rc == 0 && (f = readdir(d3)) != NULL) {
				if (!is_hex64(f->d_name))
					continue;
				snprintf(q, sizeof(q), "%s/files/%.2s/%.2s/%s", dir,
				    f->d_name, f->d_name + 2, f->d_name);
				if (stat(q, &sb) == 0) {
					st->present++;
					continue;
				}
				snprintf(p, sizeof(p), "%s/%s/%s/%s", store, a->d_name,
				    b->d_name, f->d_name);
				snprintf(q, sizeof(q), "%s/files/%.2s/%.2s", dir,
				    f->d_name, f->d_name + 2);
				if (mkdir_p(q, 0700) < 0) {
					ctl_err(c, "không tạo được %s: %s", q, strerror(errno));
					rc = -1;
					break;
				}
				snprintf(q, sizeof(q), "%s/files/%.2s/%.2s/%s", dir,
				    f->d_name, f->d_name + 2, f->d_name);
				if (copy_file(p, q, hex, &size) < 0) {
					if (errno == ENOENT)
						continue;	/* swept meanwhile */
					ctl_err(c, "không chép được %s: %s", p, strerror(errno));
					rc = -1;
				} else if (strcmp(hex, f->d_name) != 0) {
					ctl_err(c, "tệp %s trong kho không khớp tên của nó "
					    "(SHA-256 %s): kho bị hỏng, kiểm tra đĩa", p, hex);
					unlink(q);
					rc = -1;
				} else {
					st->copied++;
					st->bytes += size;
				}
			}
			closedir(d3);
		}
		closedir(d2);
	}
	closedir(d1);
	return rc;
}

/* A client option file with the account that runs migrate, so that the
 * password is on no command line. Its path into out; the caller unlinks
 * it. */
static int
client_options(struct ctl *c, const char *dir, char out[PATH_MAX])
{
	const struct config *cfg = c->cfg;
	int single = cfg_int(cfg, "Db.SingleUser");
	const char *host = cfg_str(cfg, "Db.Host"), *sock = cfg_str(cfg, "Db.Socket");
	FILE *f;
	int fd;

	snprintf(out, PATH_MAX, "%s/.client-XXXXXX", dir);
	if ((fd = mkstemp(out)) < 0 || (f = fdopen(fd, "w")) == NULL) {
		ctl_err(c, "không tạo được tệp tạm trong %s: %s", dir, strerror(errno));
		return -1;
	}
	fprintf(f, "[client]\nuser=%s\npassword=%s\ndefault-character-set=utf8mb4\n",
	    cfg_str(cfg, single ? "Db.User" : "Db.Owner.User"),
	    cfg_str(cfg, single ? "Db.Password" : "Db.Owner.Password"));
	if (strcmp(host, "localhost") == 0 && *sock)
		fprintf(f, "socket=%s\n", sock);
	else
		fprintf(f, "host=%s\nport=%ld\n", host, cfg_int(cfg, "Db.Port"));
	if (fclose(f) != 0) {
		unlink(out);
		return -1;
	}
	return 0;
}

/* Runs argv with stdin from in_fd and stdout to out_fd (-1: inherited);
 * its exit status, or -1. */
static int
run(char *const argv[], int in_fd, int out_fd)
{
	pid_t pid = fork();
	int st;

	if (pid < 0)
		return -1;
	if (pid == 0) {
		if (in_fd >= 0 && dup2(in_fd, 0) < 0)
			_exit(126);
		if (out_fd >= 0 && dup2(out_fd, 1) < 0)
			_exit(126);
		execvp(argv[0], argv);
		_exit(127);
	}
	while (waitpid(pid, &st, 0) < 0)
		if (errno != EINTR)
			return -1;
	return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

static int
sha256_file(const char *path, char hex[65], long long *size)
{
	unsigned char md[32], buf[65536];
	EVP_MD_CTX *ctx = EVP_MD_CTX_new();
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	ssize_t n;

	*size = 0;
	if (fd < 0 || ctx == NULL || EVP_DigestInit_ex(ctx, EVP_sha256(), NULL) != 1) {
		if (fd >= 0)
			close(fd);
		EVP_MD_CTX_free(ctx);
		return -1;
	}
	while ((n = read(fd, buf, sizeof(buf))) > 0) {
		EVP_DigestUpdate(ctx, buf, (size_t)n);
		*size += n;
	}
	close(fd);
	EVP_DigestFinal_ex(ctx, md, NULL);
	EVP_MD_CTX_free(ctx);
	hex_encode(md, 32, hex);
	return n < 0 ? -1 : 0;
}

/* The manifest, from what DIR holds now. */
static int
write_manifest(struct ctl *c, const char *dir, long long migration)
{
	char path[PATH_MAX], tmp[PATH_MAX], hex[65], p[PATH_MAX];
	DIR *d1, *d2, *d3;
	struct dirent *a, *b, *f;
	long long size;
	time_t now = time(NULL);
	char when[32];
	FILE *m;

	snprintf(path, sizeof(path), "%s/manifest", dir);
	snprintf(tmp, sizeof(tmp), "%s/manifest.tmp", dir);
	if ((m = fopen(tmp, "we")) == NULL)
		return -1;
	strftime(when, sizeof(when), "%Y-%m-%dT%H:%M:%SZ", gmtime(&now));
	fprintf(m, "dvc-backup 1\nrelease %s\nmigration %03lld\ncreated %s\n",
	    DVC_VERSION, migration, when);
	snprintf(p, sizeof(p), "%s/db.sql", dir);
	if (sha256_file(p, hex, &size) < 0) {
		fclose(m);
		return -1;
	}
	fprintf(m, "%s %lld db.sql\n", hex, size);
	snprintf(p, sizeof(p), "%s/files", dir);
	if ((d1 = opendir(p)) != NULL) {
		while ((a = readdir(d1)) != NULL) {
			if (strlen(a->d_name) != 2 || a->d_name[0] == '.')
				continue;
			snprintf(p, sizeof(p), "%s/files/%s", dir, a->d_name);
			if ((d2 = opendir(p)) == NULL)
				continue;
			while ((b = readdir(d2)) != NULL) {
				if (strlen(b->d_name) != 2 || b->d_name[0] == '.')
					continue;
				snprintf(p, sizeof(p), "%s/files/%s/%s", dir, a->d_name, b->d_name);
				if ((d3 = opendir(p)) == NULL)
					continue;
				while ((f = readdir(d3)) != NULL) {
					struct stat sb;

					if (!is_hex64(f->d_name))
						continue;
					snprintf(p, sizeof(p), "%s/files/%s/%s/%s", dir,
					    a->d_name, b->d_name, f->d_name);
					if (stat(p, &sb) != 0)
						continue;
					/* a file's name is its checksum, checked when
					 * it was copied */
					fprintf(m, "%s %lld files/%s/%s/%s\n", f->d_name,
					    (long long)sb.st_size, a->d_name, b->d_name,
					    f->d_name);
				}
				closedir(d3);
			}
			closedir(d2);
		}
		closedir(d1);
	}
	if (fflush(m) != 0 || fsync(fileno(m)) != 0 || fclose(m) != 0 ||
	    rename(tmp, path) != 0) {
		ctl_err(c, "không ghi được %s: %s", path, strerror(errno));
		return -1;
	}
	return 0;
}

static int
ctl_backup(struct ctl *c, const char *dir)
{
	const char *store = cfg_str(c->cfg, "Storage.Dir");
	struct copy_stats st = { 0, 0, 0 };
	char opts[PATH_MAX], dump[PATH_MAX], tmp[PATH_MAX], arg[PATH_MAX + 32];
	struct db *db;
	long long migration = 0;
	int fd, rc;

	if (mkdir_p(dir, 0700) < 0) {
		ctl_err(c, "không tạo được %s: %s", dir, strerror(errno));
		return 1;
	}
	db = db_new(c->cfg, "Owner");
	rc = db_int(db, &migration, "SELECT COALESCE(MAX(version), 0) FROM schema_migration");
	db_free(db);
	if (rc < 0)
		return ctl_db_failed(c, rc);
	if (copy_store(c, store, dir, &st) < 0)
		return 1;
	if (client_options(c, dir, opts) < 0)
		return 1;
	snprintf(dump, sizeof(dump), "%s/db.sql", dir);
	snprintf(tmp, sizeof(tmp), "%s/db.sql.tmp", dir);
	snprintf(arg, sizeof(arg), "--defaults-extra-file=%s", opts);
	{
		char *argv[] = { "mariadb-dump", arg, "--single-transaction", "--quick",
		    "--routines", "--triggers", "--hex-blob", "--no-tablespaces",
		    "--skip-lock-tables", (char *)cfg_str(c->cfg, "Db.Name"), NULL };

		if ((fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600)) < 0) {
			ctl_err(c, "không tạo được %s: %s", tmp, strerror(errno));
			unlink(opts);
			return 1;
		}
		rc = run(argv, -1, fd);
		if (rc == 0 && fsync(fd) != 0)
			rc = -1;
		close(fd);
		unlink(opts);
	}
	if (rc != 0 || rename(tmp, dump) != 0) {
		ctl_err(c, "mariadb-dump không thành công (mã %d): bản sao lưu chưa "
		    "hoàn chỉnh", rc);
		unlink(tmp);
		return 1;
	}
	/* what was uploaded while the dump ran */
	if (copy_store(c, store, dir, &st) < 0 || write_manifest(c, dir, migration) < 0)
		return 1;
	printf("đã sao lưu vào %s: CSDL (migration %03lld), %ld tệp mới (%lld byte),"
	    " %ld tệp đã có từ lần trước; nhớ giữ riêng Security.SecretFile và"
	    " Audit.KeyFile\n", dir, migration, st.copied, st.bytes, st.present);
	return 0;
}

/* Checks every line of DIR/manifest against DIR. */
static int
verify_manifest(struct ctl *c, const char *dir, long *files)
{
	char path[PATH_MAX], line[512], hex[65], want[65], rel[200];
	long long size, wsize;
	int bad = 0, n = 0;
	FILE *m;

	*files = 0;
	snprintf(path, sizeof(path), "%s/manifest", dir);
	if ((m = fopen(path, "re")) == NULL) {
		ctl_err(c, "%s: không có (không phải bản sao lưu của dvcctl backup?)", path);
		return -1;
	}
	if (fgets(line, sizeof(line), m) == NULL || strcmp(line, "dvc-backup 1\n") != 0) {
		ctl_err(c, "%s: không phải bản kê của dvcctl backup", path);
		fclose(m);
		return -1;
	}
	while (fgets(line, sizeof(line), m)) {
		if (sscanf(line, "%64s %lld %199s", want, &wsize, rel) != 3 ||
		    strlen(want) != 64 || strstr(rel, ".."))
			continue;	/* release, migration, created */
		snprintf(path, sizeof(path), "%s/%s", dir, rel);
		if (sha256_file(path, hex, &size) < 0 || size != wsize ||
		    strcmp(hex, want) != 0) {
			ctl_err(c, "%s: thiếu hoặc không khớp tổng kiểm tra", path);
			bad++;
		}
		n++;
		if (strncmp(rel, "files/", 6) == 0)
			(*files)++;
	}
	fclose(m);
	if (n == 0) {
		ctl_err(c, "bản kê trống");
		return -1;
	}
	return bad ? -1 : 0;
}

/* Streams db.sql into the client, without the DEFINER clauses of the
 * triggers: they name the account that made them, which the new machine
 * may call otherwise (the account that loads them becomes their
 * definer). */
static int
load_dump(struct ctl *c, const char *dir)
{
	char path[PATH_MAX], opts[PATH_MAX], arg[PATH_MAX + 32];
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;
	int p[2], rc;
	pid_t pid;
	FILE *in, *to;

	snprintf(path, sizeof(path), "%s/db.sql", dir);
	if ((in = fopen(path, "re")) == NULL) {
		ctl_err(c, "không đọc được %s: %s", path, strerror(errno));
		return -1;
	}
	if (client_options(c, dir, opts) < 0) {
		fclose(in);
		return -1;
	}
	snprintf(arg, sizeof(arg), "--defaults-extra-file=%s", opts);
	if (pipe(p) < 0 || (pid = fork()) < 0) {
		fclose(in);
		unlink(opts);
		return -1;
	}
	if (pid == 0) {
		char *argv[] = { "mariadb", arg, "--binary-mode",
		    (char *)cfg_str(c->cfg, "Db.Name"), NULL };

		close(p[1]);
		if (dup2(p[0], 0) < 0)
			_exit(126);
		execvp(argv[0], argv);
		_exit(127);
	}
	close(p[0]);
	signal(SIGPIPE, SIG_IGN);
	to = fdopen(p[1], "w");
	while (to && (n = getline(&line, &cap, in)) > 0) {
		char *d;

		while ((d = strstr(line, "/*!50017 DEFINER=")) != NULL) {
			char *e = strstr(d, "*/");

			if (e == NULL)
				break;
			memmove(d, e + 2, strlen(e + 2) + 1);
		}
		if (fputs(line, to) == EOF)
			break;
	}
	free(line);
	fclose(in);
	if (to)
		fclose(to);
	else
		close(p[1]);
	while (waitpid(pid, &rc, 0) < 0 && errno == EINTR)
		;
	unlink(opts);
	if (!WIFEXITED(rc) || WEXITSTATUS(rc) != 0) {
		ctl_err(c, "nạp %s vào CSDL %s không thành công", path,
		    cfg_str(c->cfg, "Db.Name"));
		return -1;
	}
	return 0;
}

/* DIR/files into the store, each through store_put (hash checked against
 * its name), owned like Storage.Dir. */
static int
restore_files(struct ctl *c, const char *dir, long *n)
{
	const char *store = cfg_str(c->cfg, "Storage.Dir");
	char list[PATH_MAX], line[512], want[65], rel[200];
	char src[PATH_MAX], tmp[PATH_MAX], sha[SHA256_HEX], junk[65];
	struct stat sd;
	long long size;
	int fd, rc = 0;
	FILE *m;

	*n = 0;
	if (mkdir_p(store, 0700) < 0 || stat(store, &sd) != 0) {
		ctl_err(c, "Storage.Dir: không tạo được %s: %s", store, strerror(errno));
		return -1;
	}
	snprintf(list, sizeof(list), "%s/manifest", dir);
	if ((m = fopen(list, "re")) == NULL)
		return -1;
	while (rc == 0 && fgets(line, sizeof(line), m)) {
		if (sscanf(line, "%64s %lld %199s", want, &size, rel) != 3 ||
		    strncmp(rel, "files/", 6) != 0 || !is_hex64(want))
			continue;
		snprintf(src, sizeof(src), "%s/%s", dir, rel);
		snprintf(tmp, sizeof(tmp), "%s/.restore-%s", store, want);
		if (copy_file(src, tmp, junk, &size) < 0 ||
		    (fd = open(tmp, O_RDONLY | O_CLOEXEC)) < 0) {
			ctl_err(c, "không chép được %s: %s", src, strerror(errno));
			unlink(tmp);
			rc = -1;
			break;
		}
		/* the responders read the store as its folder's owner */
		if (geteuid() == 0 && fchown(fd, sd.st_uid, sd.st_gid) != 0)
			rc = -1;
		if (rc == 0 && (store_put(c->cfg, tmp, fd, sha) != 0 ||
		    strcmp(sha, want) != 0)) {
			ctl_err(c, "%s: không đưa được vào kho, hoặc nội dung không "
			    "khớp tên", src);
			rc = -1;
		}
		close(fd);
		if (tmp[0])
			unlink(tmp);
		if (rc == 0)
			(*n)++;
	}
	fclose(m);
	if (rc == 0 && geteuid() == 0) {
		/* the two levels of folders store_put made */
		DIR *d1 = opendir(store);
		struct dirent *a;
		char p[PATH_MAX];

		while (d1 && (a = readdir(d1)) != NULL) {
			DIR *d2;
			struct dirent *b;

			if (strlen(a->d_name) != 2 || a->d_name[0] == '.')
				continue;
			snprintf(p, sizeof(p), "%s/%s", store, a->d_name);
			if (chown(p, sd.st_uid, sd.st_gid) != 0 || (d2 = opendir(p)) == NULL)
				continue;
			while ((b = readdir(d2)) != NULL)
				if (strlen(b->d_name) == 2 && b->d_name[0] != '.') {
					snprintf(p, sizeof(p), "%s/%s/%s", store, a->d_name,
					    b->d_name);
					if (chown(p, sd.st_uid, sd.st_gid) != 0)
						rc = -1;
				}
			closedir(d2);
		}
		if (d1)
			closedir(d1);
	}
	return rc;
}

static int
ctl_restore(struct ctl *c, const char *dir)
{
	struct db *db;
	long long tables = 0;
	long files = 0, put = 0;
	int rc;

	if (verify_manifest(c, dir, &files) < 0) {
		ctl_err(c, "bản sao lưu %s không nguyên vẹn: không phục hồi gì", dir);
		return 1;
	}
	db = db_new(c->cfg, "Owner");
	rc = db_int(db, &tables, "SELECT COUNT(*) FROM information_schema.tables"
	    " WHERE table_schema = ?", DB_STR(cfg_str(c->cfg, "Db.Name")));
	db_free(db);
	if (rc < 0)
		return ctl_db_failed(c, rc);
	if (tables > 0) {
		ctl_err(c, "CSDL %s đã có %lld bảng: phục hồi chỉ vào một CSDL trống "
		    "(tạo mới như ở bước cài đặt), không ghi đè gì",
		    cfg_str(c->cfg, "Db.Name"), tables);
		return 1;
	}
	if (load_dump(c, dir) < 0 || restore_files(c, dir, &put) < 0)
		return 1;
	printf("đã phục hồi CSDL %s và %ld tệp vào %s; tiếp theo: migrate\n",
	    cfg_str(c->cfg, "Db.Name"), put, cfg_str(c->cfg, "Storage.Dir"));
	/* migrations newer than the backup, and the responders' accounts */
	if ((rc = ctl_migrate(c, 0, NULL)) != 0)
		return rc;
	printf("xong: kiểm tra bằng dvcctl audit verify (cần đúng Audit.KeyFile"
	    " của máy cũ)\n");
	return 0;
}

int
ctl_backup_restore(struct ctl *c, int restore, int argc, char **argv)
{
	if (argc != 1 || argv[0][0] == '\0') {
		ctl_err(c, "%s DIR", restore ? "restore" : "backup");
		return 2;
	}
	umask(077);
	return restore ? ctl_restore(c, argv[0]) : ctl_backup(c, argv[0]);
}
