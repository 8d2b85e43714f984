#include "config.h"
/* STUB: replaced by the mail helper. */
#include <stddef.h>

#include "ctl/ctl.h"
int ctl_mail(struct ctl *c, int argc, char **argv) { (void)c; (void)argc; (void)argv; return 2; }
