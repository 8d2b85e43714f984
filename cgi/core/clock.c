/* The portal's clock: see clock.h. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "core/clock.h"
#include "core/conf.h"

/* Process state: the file's path (from the configuration, read-only
 * after clock_init), and what it last said. */
static char shift_file[1024];
static long long shift;
static time_t checked;		/* real second of the last look */
static struct timespec seen;	/* the file's mtime then */

void
clock_init(const struct config *cfg)
{
	const char *f = cfg ? cfg_str(cfg, "Clock.ShiftFile") : "";

	snprintf(shift_file, sizeof(shift_file), "%s", f ? f : "");
	shift = 0;
	checked = 0;
	memset(&seen, 0, sizeof(seen));
}

long long
clock_shift(void)
{
	time_t now;
	struct stat st;
	FILE *fp;
	char line[64];

	if (shift_file[0] == '\0')
		return 0;
	now = time(NULL);
	if (now == checked)
		return shift;
	checked = now;
	/* a missing file is no shift; an unreadable or malformed one keeps
	 * what it said last */
	if (stat(shift_file, &st) != 0) {
		shift = 0;
		return 0;
	}
	if (st.st_mtim.tv_sec == seen.tv_sec && st.st_mtim.tv_nsec == seen.tv_nsec)
		return shift;
	if ((fp = fopen(shift_file, "r")) != NULL) {
		if (fgets(line, sizeof(line), fp)) {
			char *end;
			long long v = strtoll(line, &end, 10);

			/* at most a hundred years either way */
			if (end != line && v > -3155760000LL && v < 3155760000LL)
				shift = v;
		}
		fclose(fp);
		seen = st.st_mtim;
	}
	return shift;
}

long long
clock_now(void)
{
	return (long long)time(NULL) + clock_shift();
}
