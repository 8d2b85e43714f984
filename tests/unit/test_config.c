/* Configuration: loading, the errors that name the key, the secret file,
 * and that etc/dvc.hdf documents every key with its default and
 * man/dvc.hdf.5 has an entry for each. */
#include "config.h"

#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/conf.h"
#include "tap.h"

static char dir[] = "/tmp/dvc-test-config-XXXXXX";
static char path[512];

static void
write_file(const char *p, const char *text, int mode)
{
	FILE *f = fopen(p, "w");

	fputs(text, f);
	fclose(f);
	chmod(p, (mode_t)mode);
}

/* Loads a config made of text; returns 0/-1 and the error. */
static int
load(const char *text, char *err, size_t errlen)
{
	struct config cfg;
	int rc;

	write_file(path, text, 0600);
	rc = config_load(&cfg, path, err, errlen);
	if (rc == 0)
		config_free(&cfg);
	return rc;
}

int
main(void)
{
	const char *top = getenv("top_srcdir");
	const struct config_keyinfo *keys;
	struct config cfg;
	char err[1024], doc[PATH_MAX + 32], secret[600], text[1024], topabs[PATH_MAX];
	size_t n, i;
	HDF *h;

	if (top == NULL)
		top = ".";
	if (strlen(top) >= sizeof(topabs) || realpath(top, topabs) == NULL)
		return 99;
	top = topabs;
	if (mkdtemp(dir) == NULL)
		return 99;
	snprintf(path, sizeof(path), "%s/dvc.hdf", dir);

	ok(load("Site.Name = Cổng thử\nLimits.BodyMax = 2048\n", err, sizeof(err)) == 0,
	    "small valid config loads");
	write_file(path, "Site {\n  Name = Cổng thử\n}\nLimits.BodyMax = 2048\n", 0600);
	if (config_load(&cfg, path, err, sizeof(err)) != 0) {
		printf("Bail out! %s\n", err);
		return 1;
	}
	ok(1, "nested form loads");
	is_str(cfg_str(&cfg, "Site.Name"), "Cổng thử", "value from the file");
	is_int(cfg.body_max, 2048, "cached integer");
	is_str(cfg_str(&cfg, "Db.Name"), "dvc", "default filled in");
	is_int(cfg.fields_max, 100, "default integer");
	config_free(&cfg);

	ok(load("Limits.BodyMaxx = 5\n", err, sizeof(err)) < 0 &&
	    strstr(err, "Limits.BodyMaxx") != NULL, "unknown key named: %s", err);
	ok(load("Limits.BodyMax = abc\n", err, sizeof(err)) < 0 &&
	    strstr(err, "Limits.BodyMax") != NULL, "bad integer named: %s", err);
	ok(load("Limits.BodyMax = 10\n", err, sizeof(err)) < 0 &&
	    strstr(err, "1024") != NULL, "out of range says the range: %s", err);
	ok(load("Site.Language = fr\n", err, sizeof(err)) < 0 &&
	    strstr(err, "Site.Language") != NULL, "bad enum named: %s", err);
	ok(load("Site.BaseURL = https://x.vn/\n", err, sizeof(err)) < 0 &&
	    strstr(err, "Site.BaseURL") != NULL, "trailing slash in BaseURL refused: %s", err);
	ok(load("Site.BasePath = dvc\n", err, sizeof(err)) < 0 &&
	    strstr(err, "Site.BasePath") != NULL, "BasePath without slash refused: %s", err);
	ok(load("Paths.Templates = relative/dir\n", err, sizeof(err)) < 0 &&
	    strstr(err, "Paths.Templates") != NULL, "relative path refused: %s", err);
	ok(load("Db.SingleUser = 2\n", err, sizeof(err)) < 0 &&
	    strstr(err, "Db.SingleUser") != NULL, "bool out of range: %s", err);
	ok(load("Site.Name = a\xff\n", err, sizeof(err)) < 0 &&
	    strstr(err, "Site.Name") != NULL, "invalid UTF-8 named: %s", err);
	ok(load("Site {\n Name = x\n", err, sizeof(err)) < 0 &&
	    strstr(err, path) != NULL, "unclosed section names the file: %s", err);
	ok(load("Site.Name = x\n}\nLimits.BodyMax = 1\n", err, sizeof(err)) < 0 &&
	    strstr(err, ":2:") != NULL, "stray } named with its line: %s", err);
	ok(load("Site.Name Cổng\n", err, sizeof(err)) < 0 &&
	    strstr(err, path) != NULL, "line without = is a syntax error: %s", err);
	err[0] = '\0';
	load("Site.Name << EOM\n}\nEOM\n", err, sizeof(err));
	ok(strstr(err, "dấu }") == NULL && strstr(err, "Site.Name") != NULL,
	    "a brace inside a multi-line value is text: %s", err);
	ok(load("Calendar.Morning = 11:30-07:30\n", err, sizeof(err)) < 0 &&
	    strstr(err, "Calendar.Morning") != NULL, "working period backwards: %s", err);
	ok(load("Calendar.SameDayCutoff = 3pm\n", err, sizeof(err)) < 0 &&
	    strstr(err, "Calendar.SameDayCutoff") != NULL, "bad cut-off named: %s", err);
	ok(load("Calendar.Afternoon = 10:00-17:00\n", err, sizeof(err)) < 0 &&
	    strstr(err, "Calendar.Afternoon") != NULL, "afternoon inside the morning: %s", err);
	ok(load("Calendar.SameDayCutoff = 18:00\n", err, sizeof(err)) < 0 &&
	    strstr(err, "Calendar.SameDayCutoff") != NULL, "cut-off after hours: %s", err);
	ok(load("Calendar.Morning = 08:00-16:00\nCalendar.Afternoon =\n", err,
	    sizeof(err)) == 0, "one working period a day: %s", err);
	ok(load("Calendar.Morning = 08:00-12:00\nCalendar.Afternoon =\n", err,
	    sizeof(err)) < 0, "cut-off outside a single morning: %s", err);
	{
		struct config c2;

		ok(config_load(&c2, "/nonexistent/dvc.hdf", err, sizeof(err)) < 0 &&
		    strstr(err, "/nonexistent/dvc.hdf") != NULL, "missing file named: %s", err);
	}

	/* the secret file */
	snprintf(secret, sizeof(secret), "%s/secret", dir);
	snprintf(text, sizeof(text), "Security.SecretFile = %s\n", secret);
	write_file(path, text, 0600);
	ok(config_load(&cfg, path, err, sizeof(err)) == 0, "config with a secret path");
	ok(config_load_secret(&cfg, err, sizeof(err)) < 0 &&
	    strstr(err, "Security.SecretFile") != NULL, "missing secret named: %s", err);
	write_file(secret, "short", 0600);
	ok(config_load_secret(&cfg, err, sizeof(err)) < 0, "short secret refused: %s", err);
	write_file(secret, "0123456789abcdef0123456789abcdef0123456789", 0644);
	ok(config_load_secret(&cfg, err, sizeof(err)) < 0 && strstr(err, "chmod"),
	    "world-readable secret refused: %s", err);
	chmod(secret, 0600);
	ok(config_load_secret(&cfg, err, sizeof(err)) == 0 && cfg.secret_len == 42,
	    "good secret loads");
	config_free(&cfg);

	/* etc/dvc.hdf: a valid config that documents every key */
	snprintf(doc, sizeof(doc), "%s/etc/dvc.hdf", top);
	ok(config_load(&cfg, doc, err, sizeof(err)) == 0, "etc/dvc.hdf is itself valid: %s", err);
	config_free(&cfg);
	hdf_init(&h);
	hdf_read_file(h, doc);
	n = config_keys(&keys);
	for (i = 0; i < n; i++) {
		const char *v = hdf_get_value(h, keys[i].name, NULL);

		ok(v != NULL, "etc/dvc.hdf documents %s", keys[i].name);
		/* installation paths depend on ./configure --prefix */
		if (v && strncmp(keys[i].name, "Paths.", 6) &&
		    strcmp(keys[i].name, "Security.SecretFile") &&
		    strcmp(keys[i].name, "Audit.KeyFile") &&
		    strcmp(keys[i].name, "Signature.TrustStore") &&
		    strcmp(keys[i].name, "Account.CommonPasswordsFile") &&
		    strcmp(keys[i].name, "Storage.Dir") &&
		    strcmp(keys[i].name, "Metrics.Dir"))
			is_str(v, keys[i].def, "etc/dvc.hdf shows the default of %s", keys[i].name);
	}
	hdf_destroy(&h);

	/* man/dvc.hdf.5: an entry (".B Key" on its own line) for every key */
	snprintf(doc, sizeof(doc), "%s/man/dvc.hdf.5", top);
	{
		FILE *f = fopen(doc, "r");
		static char man[65536 * 2];
		size_t len = f ? fread(man, 1, sizeof(man) - 1, f) : 0;

		if (f)
			fclose(f);
		man[len] = '\0';
		ok(len > 0 && len < sizeof(man) - 1, "man/dvc.hdf.5 read whole (%zu bytes)", len);
		for (i = 0; i < n; i++) {
			char entry[128];

			snprintf(entry, sizeof(entry), "\n.B %s\n", keys[i].name);
			ok(strstr(man, entry) != NULL, "man/dvc.hdf.5 documents %s", keys[i].name);
		}
	}

	unlink(path);
	unlink(secret);
	rmdir(dir);
	return done_testing();
}
