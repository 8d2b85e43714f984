/* memwatch: the peak memory of short-lived children of a responder's
 * workers (the qpdf check runs in a forked child, gone before anyone can
 * read its /proc entry afterwards).
 *
 *   memwatch SUPERVISOR_PID [INTERVAL_US]
 *
 * Every INTERVAL_US (default 500) it lists the supervisor's children (the
 * workers) and their children, and keeps for each child the highest
 * VmHWM and VmRSS it read. A line on stdin asks for a report: one JSON
 * line on stdout with the children seen since the last report, then the
 * record starts again. EOF on stdin ends it. A sample is a lower bound:
 * a peak between two samples, or after the last one, is not seen.
 * Used by bench/upload.mjs, run as root (the workers are www-data). */
#define _GNU_SOURCE
#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define MAXKIDS 256

static struct kid {
	int pid, parent;
	long hwm, rss;	/* kB */
	long samples;
} kids[MAXKIDS];
static int nkids;

static int
children(int pid, int *out, int max)
{
	char path[64];
	FILE *f;
	int n = 0, c;

	snprintf(path, sizeof(path), "/proc/%d/task/%d/children", pid, pid);
	if ((f = fopen(path, "r")) == NULL)
		return 0;
	while (n < max && fscanf(f, "%d", &c) == 1)
		out[n++] = c;
	fclose(f);
	return n;
}

static void
status(int pid, long *hwm, long *rss)
{
	char path[64], line[256];
	FILE *f;

	*hwm = *rss = 0;
	snprintf(path, sizeof(path), "/proc/%d/status", pid);
	if ((f = fopen(path, "r")) == NULL)
		return;
	while (fgets(line, sizeof(line), f) != NULL) {
		sscanf(line, "VmHWM: %ld kB", hwm);
		sscanf(line, "VmRSS: %ld kB", rss);
	}
	fclose(f);
}

static void
sample(int sup)
{
	int w[64], c[64], nw, nc, i, j, k;
	long hwm, rss;

	nw = children(sup, w, 64);
	for (i = 0; i < nw; i++) {
		nc = children(w[i], c, 64);
		for (j = 0; j < nc; j++) {
			status(c[j], &hwm, &rss);
			if (hwm == 0)
				continue;	/* gone, or a zombie */
			for (k = 0; k < nkids && kids[k].pid != c[j]; k++)
				;
			if (k == nkids) {
				if (nkids == MAXKIDS)
					continue;
				memset(&kids[k], 0, sizeof(kids[k]));
				kids[k].pid = c[j];
				kids[k].parent = w[i];
				nkids++;
			}
			if (hwm > kids[k].hwm)
				kids[k].hwm = hwm;
			if (rss > kids[k].rss)
				kids[k].rss = rss;
			kids[k].samples++;
		}
	}
}

int
main(int argc, char **argv)
{
	int sup, us, k;
	char line[256];
	struct pollfd p = { 0, POLLIN, 0 };

	if (argc < 2) {
		fprintf(stderr, "usage: memwatch SUPERVISOR_PID [INTERVAL_US]\n");
		return 2;
	}
	sup = atoi(argv[1]);
	us = argc > 2 ? atoi(argv[2]) : 500;
	setvbuf(stdout, NULL, _IOLBF, 0);
	for (;;) {
		sample(sup);
		if (poll(&p, 1, 0) > 0) {
			if (fgets(line, sizeof(line), stdin) == NULL)
				return 0;
			printf("[");
			for (k = 0; k < nkids; k++)
				printf("%s{\"pid\":%d,\"parent\":%d,\"hwm_kb\":%ld,\"rss_kb\":%ld,\"samples\":%ld}",
				    k ? "," : "", kids[k].pid, kids[k].parent, kids[k].hwm,
				    kids[k].rss, kids[k].samples);
			printf("]\n");
			nkids = 0;
		}
		usleep((useconds_t)us);
	}
}
