/* The one way to include ClearSilver. Its cs_config.h defines PACKAGE_*
 * (as empty strings) for itself, clashing with autoconf's: ours are
 * dropped here and DVC_VERSION (config.h) names this program's version. */
#ifndef DVC_CS_H
#define DVC_CS_H

#undef PACKAGE_BUGREPORT
#undef PACKAGE_NAME
#undef PACKAGE_STRING
#undef PACKAGE_TARNAME
#undef PACKAGE_URL
#undef PACKAGE_VERSION
#include <ClearSilver.h>

#endif
