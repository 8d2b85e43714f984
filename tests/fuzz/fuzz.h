/* What every fuzz harness shares (docs/fuzzing.md).
 *
 * A harness, tests/fuzz/fuzz_NAME.c, defines FUZZ_NAME ("NAME"), includes
 * this file and defines LLVMFuzzerTestOneInput. Whatever the
 * input, it must not crash, leak or touch undefined behaviour, and it
 * abort()s when a rule the code under test promises is broken. It is
 * built two ways:
 *
 * - by `make fuzz` (tests/fuzz/fuzz.mk) with clang, libFuzzer, ASan and
 *   UBSan, FUZZ_LIBFUZZER defined: libFuzzer's own main drives it
 *   (./dvc-dev fuzz NAME SECONDS);
 * - by `make check` as an ordinary program: the main below feeds it every
 *   file of tests/fuzz/corpus/NAME, or the files named on its command
 *   line, so a regression input kept in the corpus fails the suite
 *   without clang too. A harness that tries each input more ways there
 *   (every piece size, say) defines FUZZ_CHECK to that function.
 *
 * Files a harness needs besides its input (the signature harness's trust
 * store) are found under $top_srcdir, which make check, fuzz.mk and
 * dvc-dev set: fuzz_path() builds their names. */
#ifndef DVC_FUZZ_H
#define DVC_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *in, size_t size);
#ifdef FUZZ_CHECK
static int FUZZ_CHECK(const uint8_t *in, size_t size);
#else
#define FUZZ_CHECK LLVMFuzzerTestOneInput
#endif

/* $top_srcdir/rel (or ./rel) in a static buffer. */
static __attribute__((unused)) const char *
fuzz_path(const char *rel)
{
	static char path[4096];
	const char *top = getenv("top_srcdir");

	snprintf(path, sizeof(path), "%s/%s", top && *top ? top : ".", rel);
	return path;
}

#ifndef FUZZ_LIBFUZZER
#include <dirent.h>
#include <string.h>

/* Larger inputs than any seed: the corpus is kept small. */
#define FUZZ_INPUT_MAX (4 << 20)

static int
fuzz_one_file(const char *path, int *count)
{
	uint8_t *buf = malloc(FUZZ_INPUT_MAX);
	size_t n;
	FILE *f;

	if (buf == NULL || (f = fopen(path, "rb")) == NULL) {
		printf("not ok %d - cannot read %s\n", ++*count, path);
		free(buf);
		return 1;
	}
	n = fread(buf, 1, FUZZ_INPUT_MAX, f);
	fclose(f);
	/* said first: if the harness aborts, the log names the input */
	printf("# %s\n", path);
	fflush(stdout);
	FUZZ_CHECK(buf, n);
	free(buf);
	printf("ok %d - %s\n", ++*count, strrchr(path, '/') ? strrchr(path, '/') + 1 : path);
	return 0;
}

/* TAP over the seed corpus, or over the files given. */
int
main(int argc, char **argv)
{
	char dir[4096], path[8192];
	struct dirent **ents;
	int count = 0, failed = 0, i, n;

	if (argc > 1) {
		for (i = 1; i < argc; i++)
			failed |= fuzz_one_file(argv[i], &count);
		printf("1..%d\n", count);
		return failed;
	}
	snprintf(dir, sizeof(dir), "%s", fuzz_path("tests/fuzz/corpus/" FUZZ_NAME));
	/* in name order, so a failure is found the same way each time */
	if ((n = scandir(dir, &ents, NULL, alphasort)) < 0) {
		printf("not ok 1 - seed corpus %s missing\n1..1\n", dir);
		return 1;
	}
	for (i = 0; i < n; i++) {
		if (ents[i]->d_name[0] != '.') {
			snprintf(path, sizeof(path), "%s/%s", dir, ents[i]->d_name);
			failed |= fuzz_one_file(path, &count);
		}
		free(ents[i]);
	}
	free(ents);
	if (count == 0) {
		printf("not ok 1 - no seeds in %s\n1..1\n", dir);
		return 1;
	}
	printf("1..%d\n", count);
	return failed;
}
#endif

#endif
