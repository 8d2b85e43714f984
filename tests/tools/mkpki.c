/* mkpki DIR: writes the test PKI, the signed files and DIR/manifest.json
 * (see pki.h) for tests that need signed dossiers. */
#include "config.h"

#include <stdio.h>

#include "pki.h"

int
main(int argc, char **argv)
{
	char err[512];

	if (argc != 2) {
		fprintf(stderr, "usage: mkpki DIR\n");
		return 2;
	}
	if (pki_make(argv[1], err, sizeof(err)) < 0) {
		fprintf(stderr, "mkpki: %s\n", err);
		return 1;
	}
	return 0;
}
