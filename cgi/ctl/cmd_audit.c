#include "config.h"
/* STUB: replaced by the audit helper. */
#include <stddef.h>

#include "ctl/ctl.h"
int ctl_audit(struct ctl *c, int argc, char **argv) { (void)c; (void)argc; (void)argv; return 2; }
