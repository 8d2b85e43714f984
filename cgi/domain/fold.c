#include "config.h"

#include <string.h>

#include "core/util.h"
#include "domain/fold.h"

/* Base letters of U+00C0..U+00FF and U+0100..U+017F; ' ' for × and ÷. */
static const char latin1[] =
    "aaaaaaaceeeeiiii" "dnooooo ouuuuyts" "aaaaaaaceeeeiiii" "dnooooo ouuuuyty";
static const char latin_a[] =
    "aaaaaaccccccccdd" "ddeeeeeeeeeegggg" "gggghhhhiiiiiiii" "iiiijjkkklllllll"
    "lllnnnnnnnnnoooo" "oooorrrrrrssssss" "ssttttttuuuuuuuu" "uuuuwwyyyzzzzzzs";

/* The base letter of code point c, 0 for a combining mark (dropped), or
 * -1 if c is not a Latin letter this table knows. */
static int
base_letter(uint32_t c)
{
	if (c >= 0xc0 && c <= 0xff)
		return latin1[c - 0xc0];
	if (c >= 0x100 && c <= 0x17f)
		return latin_a[c - 0x100];
	if (c == 0x1a0 || c == 0x1a1)
		return 'o';	/* Ơ ơ */
	if (c == 0x1af || c == 0x1b0)
		return 'u';	/* Ư ư */
	if (c >= 0x300 && c <= 0x36f)
		return 0;	/* combining diacritics (decomposed input) */
	/* the Vietnamese block of Latin Extended Additional */
	if (c >= 0x1ea0 && c <= 0x1eb7)
		return 'a';
	if (c >= 0x1eb8 && c <= 0x1ec7)
		return 'e';
	if (c >= 0x1ec8 && c <= 0x1ecb)
		return 'i';
	if (c >= 0x1ecc && c <= 0x1ee3)
		return 'o';
	if (c >= 0x1ee4 && c <= 0x1ef1)
		return 'u';
	if (c >= 0x1ef2 && c <= 0x1ef9)
		return 'y';
	return -1;
}

void
fold(struct buf *out, const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	int pending_space = 0, any = 0;
	size_t n;

	while (*p) {
		int ch = -1;

		if (*p < 0x80) {
			if (*p >= 'A' && *p <= 'Z')
				ch = *p + 32;
			else if ((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9'))
				ch = *p;
			n = 1;
		} else if ((n = utf8_seq_len(p)) == 0) {
			n = 1;
		} else {
			uint32_t c = utf8_decode(p, n);
			int b = base_letter(c);

			if (b == 0) {	/* a mark: part of the letter before */
				p += n;
				continue;
			}
			if (b > 0 && b != ' ')
				ch = b;
			else if (b < 0 && c >= 0x180 && c != 0xfeff &&
			    !utf8_is_bidi_control(p, n) && !(c >= 0x2000 && c <= 0x2bff) &&
			    !(c >= 0x3000 && c <= 0x303f)) {
				/* another script's letter: keep it as it is */
				if (pending_space && any)
					buf_addc(out, ' ');
				pending_space = 0;
				buf_add(out, p, n);
				any = 1;
				p += n;
				continue;
			}
		}
		if (ch < 0) {
			pending_space = 1;
		} else {
			if (pending_space && any)
				buf_addc(out, ' ');
			pending_space = 0;
			buf_addc(out, (char)ch);
			any = 1;
		}
		p += n;
	}
}
