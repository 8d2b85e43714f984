/* STUB: being written. */
#include "config.h"

#include "pages/account.h"
