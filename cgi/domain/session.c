#include "config.h"

#include "domain/session.h"
