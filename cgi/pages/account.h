/* dvc-account: accounts, sessions and staff pages (account.c, staff.c). */
#ifndef DVC_PAGES_ACCOUNT_H
#define DVC_PAGES_ACCOUNT_H

#include "core/request.h"

#endif
