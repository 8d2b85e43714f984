/* The FastCGI ceiling for the benchmark: a minimal libfcgi responder that
 * answers every request with the same bytes from memory (a file read once
 * at start). Whatever dvc-public does beyond this costs throughput. */
#include <fcgiapp.h>
#include <stdio.h>
#include <stdlib.h>

int
main(int argc, char **argv)
{
	FCGX_Request r;
	char *body, head[256];
	long n;
	int hl;
	FILE *f;

	if (argc < 2 || (f = fopen(argv[1], "rb")) == NULL)
		return 2;
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	rewind(f);
	body = malloc((size_t)n);
	if (body == NULL || fread(body, 1, (size_t)n, f) != (size_t)n)
		return 2;
	fclose(f);
	hl = snprintf(head, sizeof(head), "Status: 200 OK\r\nContent-Type: text/html; "
	    "charset=utf-8\r\nContent-Length: %ld\r\n\r\n", n);
	FCGX_Init();
	FCGX_InitRequest(&r, 0, 0);
	while (FCGX_Accept_r(&r) >= 0) {
		FCGX_PutStr(head, hl, r.out);
		FCGX_PutStr(body, (int)n, r.out);
		FCGX_Finish_r(&r);
	}
	return 0;
}
