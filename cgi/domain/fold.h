/* Vietnamese-aware folding for search: lower case, diacritics removed,
 * "đ" as "d", every run of characters that are not letters or digits made
 * one space. "Đăng ký khai sinh" and "dang ky khai sinh" fold to the same
 * "dang ky khai sinh". Letters outside the Latin ranges pass through. */
#ifndef DVC_FOLD_H
#define DVC_FOLD_H

#include "core/buf.h"

/* Appends the folded form of s (UTF-8) to out, without a leading or
 * trailing space. Invalid bytes count as separators. */
void fold(struct buf *out, const char *s);

#endif
