/* Password hashes: argon2id in the PHC string format against vectors made
 * by another implementation (Python's argon2-cffi, Debian python3-argon2),
 * a fresh hash read back by that implementation, the PBKDF2 hashes of
 * before still verified, the pepper, the rehash rule, and stored strings
 * that are damaged or ask for too much.
 *
 * The vectors were made with
 *   argon2.low_level.hash_secret(PASSWORD, SALT, time_cost=T,
 *       memory_cost=M, parallelism=P, hash_len=32, type=Type.ID)
 * (with a pepper: the secret is hmac.new(PEPPER, PASSWORD, sha256)) and
 *   hashlib.pbkdf2_hmac('sha256', PASSWORD, SALT, 100000) in base64url. */
#include "config.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "core/conf.h"
#include "domain/account.h"
#include "tap.h"

static char dir[] = "/tmp/dvc-test-password-XXXXXX";

/* A configuration with the given argon2id parameters and pepper file. */
static int
load(struct config *cfg, long m, long t, long p, const char *pepper)
{
	char path[PATH_MAX], err[512];
	FILE *f;

	snprintf(path, sizeof(path), "%s/dvc.hdf", dir);
	if ((f = fopen(path, "w")) == NULL)
		return -1;
	fprintf(f, "Account.Argon2.MemoryKiB = %ld\n"
	    "Account.Argon2.Iterations = %ld\nAccount.Argon2.Parallelism = %ld\n"
	    "Account.PepperFile = %s\n", m, t, p, pepper);
	fclose(f);
	if (config_load(cfg, path, err, sizeof(err)) < 0) {
		printf("# %s\n", err);
		return -1;
	}
	return 0;
}

/* 1 if Python's argon2-cffi says hash is pw's (Debian's interpreter:
 * DESIGN.md, a python3 on PATH may lack Debian's packages). */
static int
python_verifies(const char *hash, const char *pw)
{
	pid_t pid = fork();
	int st;

	if (pid == 0) {
		execl("/usr/bin/python3", "python3", "-c",
		    "import sys\n"
		    "from argon2.low_level import verify_secret, Type\n"
		    "from argon2.exceptions import VerifyMismatchError\n"
		    "try:\n"
		    "    verify_secret(sys.argv[1].encode(), sys.argv[2].encode(), Type.ID)\n"
		    "except VerifyMismatchError:\n"
		    "    sys.exit(1)\n",
		    hash, pw, (char *)NULL);
		_exit(3);
	}
	if (pid < 0 || waitpid(pid, &st, 0) != pid || !WIFEXITED(st))
		return -1;
	return WEXITSTATUS(st) == 0 ? 1 : WEXITSTATUS(st) == 1 ? 0 : -1;
}

int
main(void)
{
	static const unsigned char salt0[16] = { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9,
	    10, 11, 12, 13, 14, 15 };
	static const char v_owasp[] = "$argon2id$v=19$m=19456,t=2,p=1"
	    "$AAECAwQFBgcICQoLDA0ODw$dHAw9Y0SaD8LPPTEceF8n/9CeODDpc+nkTW/OGYrEqk";
	static const char v_lanes[] = "$argon2id$v=19$m=4096,t=1,p=2"
	    "$ZHZjLXRlc3Qtc2FsdC0xNg$dWfEHqEb7Vt1dcnM0j+3VdTmV9qjVvoAU06NWxHCYHk";
	static const char v_pepper[] = "$argon2id$v=19$m=4096,t=1,p=1"
	    "$AAECAwQFBgcICQoLDA0ODw$bO3pt67VI1v5yFsFoOpZ71Ql0NLX59YvVri91vCxAAg";
	static const char v_pbkdf2[] = "pbkdf2-sha256$100000$ZHZjLXBia2RmMi1zYWx0IQ"
	    "$6COvUZ1Y4vtZsw0_vF1Uo75xwoND41NjefQxuW1ZizQ";
	const char *pw = "Mat-khau-thu-2026";
	char h[PASSWORD_HASH_MAX], h2[PASSWORD_HASH_MAX], pep[PATH_MAX];
	struct config cfg, low, peppered, tmp;
	FILE *f;

	if (mkdtemp(dir) == NULL)
		return 99;
	snprintf(pep, sizeof(pep), "%s/pepper", dir);
	if ((f = fopen(pep, "w")) == NULL)
		return 99;
	fputs("pppppppppppppppppppppppppppppppp", f);	/* 32 bytes */
	fclose(f);
	if (load(&cfg, 19456, 2, 1, "") < 0 || load(&low, 4096, 1, 1, "") < 0 ||
	    load(&peppered, 4096, 1, 1, pep) < 0)
		return 99;

	/* the shipped parameters, and the string made bit for bit */
	ok(password_hash_salted(&cfg, pw, salt0, sizeof(salt0), h, sizeof(h)) == 0,
	    "a hash with a given salt");
	is_str(h, v_owasp, "the same PHC string as argon2-cffi's");
	is_int(password_verify(&cfg, pw, v_owasp), 1, "argon2-cffi's hash verifies");
	is_int(password_verify(&cfg, "Mat-khau-thu-2027", v_owasp), 0,
	    "a wrong password does not");
	is_int(password_verify(&cfg, "", v_owasp), 0, "an empty password does not");
	/* parameters come from the string, not from the configuration */
	is_int(password_verify(&cfg, "Mật khẩu có dấu 2026", v_lanes), 1,
	    "two lanes, UTF-8 password, other parameters than configured");
	is_int(password_verify(&cfg, "Mat khau co dau 2026", v_lanes), 0,
	    "the same without diacritics does not");

	/* the pepper goes in as HMAC-SHA256(pepper, password) */
	is_int(password_verify(&peppered, pw, v_pepper), 1, "with the pepper");
	is_int(password_verify(&low, pw, v_pepper), 0,
	    "a peppered hash does not verify without the pepper");
	ok(password_hash_salted(&peppered, pw, salt0, sizeof(salt0), h,
	    sizeof(h)) == 0 && strcmp(h, v_pepper) == 0,
	    "the peppered string made bit for bit");

	/* a fresh hash (random salt) read by the other implementation */
	ok(password_hash(&cfg, pw, h, sizeof(h)) == 0 &&
	    strncmp(h, "$argon2id$v=19$m=19456,t=2,p=1$", 31) == 0,
	    "a new hash is argon2id with the configured parameters: %s", h);
	is_int(python_verifies(h, pw), 1, "argon2-cffi verifies our new hash");
	is_int(python_verifies(h, "Mat-khau-thu-2027"), 0,
	    "and refuses it with a wrong password");
	ok(password_hash(&cfg, pw, h2, sizeof(h2)) == 0 && strcmp(h, h2) != 0,
	    "two hashes of one password differ (salt)");
	is_int(password_verify(&cfg, pw, h2), 1, "and each verifies");
	ok(password_hash(&cfg, pw, h, 60) < 0, "a buffer too small is refused");

	/* PBKDF2 hashes of before */
	is_int(password_verify(&cfg, "Mat-khau-cu-2020", v_pbkdf2), 1,
	    "a PBKDF2 hash of before verifies");
	is_int(password_verify(&cfg, "Mat-khau-cu-2021", v_pbkdf2), 0,
	    "a PBKDF2 hash with a wrong password does not");

	/* what the next login makes again */
	is_int(password_needs_rehash(&cfg, v_pbkdf2), 1, "PBKDF2: made again");
	is_int(password_needs_rehash(&cfg, v_owasp), 0,
	    "argon2id with the configured parameters: kept");
	is_int(password_needs_rehash(&cfg, v_lanes), 1,
	    "argon2id with less memory and fewer passes: made again");
	is_int(password_needs_rehash(&low, v_owasp), 0,
	    "argon2id stronger than configured: kept, never weakened");
	is_int(password_needs_rehash(&low, v_lanes), 0,
	    "the configured memory and passes with other lanes: kept");
	ok(load(&tmp, 19456, 3, 1, "") == 0 &&
	    password_needs_rehash(&tmp, v_owasp) == 1,
	    "the same memory, fewer passes than configured: made again");
	config_free(&tmp);
	is_int(password_needs_rehash(&cfg, "!"), 1, "no hash: made again");

	/* damaged or greedy strings */
	is_int(password_verify(&cfg, pw, "!"), -1, "a deleted account's '!' is malformed");
	is_int(password_verify(&cfg, pw, ""), -1, "an empty string is malformed");
	is_int(password_verify(&cfg, pw, "$argon2i$v=19$m=4096,t=1,p=1"
	    "$AAECAwQFBgcICQoLDA0ODw$bO3pt67VI1v5yFsFoOpZ71Ql0NLX59YvVri91vCxAAg"),
	    -1, "argon2i (not id) is refused");
	is_int(password_verify(&cfg, pw, "$argon2id$v=19$m=4194304,t=1,p=1"
	    "$AAECAwQFBgcICQoLDA0ODw$bO3pt67VI1v5yFsFoOpZ71Ql0NLX59YvVri91vCxAAg"),
	    -1, "4 GiB of memory asked by a stored string is refused");
	is_int(password_verify(&cfg, pw, "$argon2id$v=19$m=4096,t=1000,p=1"
	    "$AAECAwQFBgcICQoLDA0ODw$bO3pt67VI1v5yFsFoOpZ71Ql0NLX59YvVri91vCxAAg"),
	    -1, "1000 passes asked by a stored string are refused");
	is_int(password_verify(&cfg, pw, "$argon2id$v=19$m=4096,t=1,p=1"
	    "$AAECAwQFBgcICQoLDA0ODw$bO3pt67VI1v5yFsFoOpZ71Ql0NLX59"),
	    -1, "a truncated hash is malformed");
	is_int(password_verify(&cfg, pw, "pbkdf2-sha256$10$ZHZjLXBia2RmMi1zYWx0IQ"
	    "$6COvUZ1Y4vtZsw0_vF1Uo75xwoND41NjefQxuW1ZizQ"), -1,
	    "PBKDF2 with 10 iterations is malformed");

	config_free(&cfg);
	config_free(&low);
	config_free(&peppered);
	unlink(pep);
	snprintf(pep, sizeof(pep), "%s/dvc.hdf", dir);
	unlink(pep);
	rmdir(dir);
	return done_testing();
}
