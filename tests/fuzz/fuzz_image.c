/* Fuzz target for the image headers and metadata stripping
 * (domain/image.c): JPEG segments and scans, PNG chunks, TIFF directories
 * (alone and inside an EXIF segment).
 *
 * Input: the file. Each function runs over it both ways, from a buffer
 * and from a file descriptor (an in-memory file), since the two read
 * through different windows. Rules checked besides crashes and leaks:
 * - both ways give the same answer, and the same bytes when they strip;
 * - a stripped image strips again to itself (nothing left to remove, the
 *   orientation kept in the same place);
 * - a stripped image has the header and dimensions of the original. */
#define _GNU_SOURCE	/* memfd_create */
#define FUZZ_NAME "image"
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "core/buf.h"
#include "domain/image.h"
#include "fuzz.h"

static int
mem_file(const uint8_t *p, size_t n)
{
	int fd = memfd_create("fuzz-image", 0);

	if (fd < 0 || (n > 0 && write(fd, p, n) != (ssize_t)n))
		abort();
	return fd;
}

/* What was written to fd, into b. */
static void
read_back(int fd, struct buf *b)
{
	char chunk[4096];
	ssize_t r;

	if (lseek(fd, 0, SEEK_SET) != 0)
		abort();
	while ((r = read(fd, chunk, sizeof(chunk))) > 0)
		buf_add(b, chunk, (size_t)r);
	if (r < 0)
		abort();
}

static void
same_probe(const uint8_t *in, size_t size, int fd)
{
	struct img_info a, b;
	int ra = image_probe(in, size, &a), rb = image_probe_fd(fd, &b);

	if (ra != rb || (ra == 0 && (a.type != b.type || a.width != b.width ||
	    a.height != b.height)))
		abort();
	if (ra == 0 && (a.type == IMG_NONE || a.width == 0 || a.height == 0))
		abort();
}

static void
strip(int (*mem)(const unsigned char *, size_t, struct buf *),
    int (*file)(int, int), enum img_type type, const uint8_t *in, size_t size, int fd)
{
	struct buf a = BUF_INIT, b = BUF_INIT, again = BUF_INIT;
	struct img_info before, after;
	int out = mem_file(NULL, 0);
	int ra = mem(in, size, &a), rb = file(fd, out);

	if (ra != rb || ra > 0 || ra < IMG_IO || rb == IMG_IO)
		abort();
	if (ra == 0) {
		read_back(out, &b);
		if (a.len != b.len || (a.len && memcmp(a.s, b.s, a.len) != 0))
			abort();
		if (mem((const unsigned char *)a.s, a.len, &again) != 0 || again.len != a.len ||
		    memcmp(again.s, a.s, a.len) != 0)
			abort();	/* stripping twice changed it again */
		if (image_probe(in, size, &before) == 0 && before.type == type &&
		    (image_probe((const unsigned char *)a.s, a.len, &after) != 0 ||
		    after.type != type || after.width != before.width ||
		    after.height != before.height))
			abort();
	}
	close(out);
	buf_free(&a);
	buf_free(&b);
	buf_free(&again);
}

int
LLVMFuzzerTestOneInput(const uint8_t *in, size_t size)
{
	int fd = mem_file(in, size);

	same_probe(in, size, fd);
	strip(jpeg_strip, jpeg_strip_fd, IMG_JPEG, in, size, fd);
	strip(png_strip, png_strip_fd, IMG_PNG, in, size, fd);
	close(fd);
	return 0;
}
