/* STUB: being written. */
#include "config.h"

#include "core/request.h"
#include "pages/account.h"

static int p_none(struct request *req) { (void)req; return 404; }

static const struct tpl_def tpls[1] = { { "error.cs", NULL } };
static const struct route routes[] = {
	{ M_GET, "/tai-khoan", p_none, 0, NULL, 0, 0 },
};
static const struct responder account_responder = {
	"account", "Account", routes, 1, tpls, 1, NULL, NULL, NULL, NULL, NULL, 0,
};

int
main(int argc, char **argv)
{
	return responder_main(argc, argv, &account_responder);
}
