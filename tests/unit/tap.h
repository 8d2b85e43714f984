/* A minimal TAP producer for the C unit tests (run by automake's
 * tap-driver.sh under `make check`). */
#ifndef DVC_TAP_H
#define DVC_TAP_H

#include <stdio.h>
#include <stdarg.h>
#include <string.h>

static int tap_n, tap_fail;

#define ok(cond, ...) tap_ok(!!(cond), __FILE__, __LINE__, __VA_ARGS__)
#define is_str(got, want, ...) tap_is_str((got), (want), __FILE__, __LINE__, __VA_ARGS__)
#define is_int(got, want, ...) tap_is_int((long long)(got), (long long)(want), __FILE__, __LINE__, __VA_ARGS__)

static void __attribute__((format(printf, 4, 5), unused))
tap_ok(int c, const char *f, int l, const char *fmt, ...)
{
	va_list ap;

	printf("%sok %d - ", c ? "" : "not ", ++tap_n);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	printf("\n");
	if (!c) {
		tap_fail++;
		printf("#   at %s:%d\n", f, l);
	}
}

static void __attribute__((format(printf, 5, 6), unused))
tap_is_str(const char *got, const char *want, const char *f, int l,
    const char *fmt, ...)
{
	int c = (got == NULL && want == NULL) ||
	    (got && want && strcmp(got, want) == 0);
	va_list ap;

	printf("%sok %d - ", c ? "" : "not ", ++tap_n);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	printf("\n");
	if (!c) {
		tap_fail++;
		printf("#   at %s:%d\n#   got:  '%s'\n#   want: '%s'\n", f, l,
		    got ? got : "(null)", want ? want : "(null)");
	}
}

static void __attribute__((format(printf, 5, 6), unused))
tap_is_int(long long got, long long want, const char *f, int l,
    const char *fmt, ...)
{
	va_list ap;
	int c = got == want;

	printf("%sok %d - ", c ? "" : "not ", ++tap_n);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	printf("\n");
	if (!c) {
		tap_fail++;
		printf("#   at %s:%d\n#   got:  %lld\n#   want: %lld\n", f, l, got, want);
	}
}

static int __attribute__((unused))
done_testing(void)
{
	printf("1..%d\n", tap_n);
	return tap_fail ? 1 : 0;
}

#endif
