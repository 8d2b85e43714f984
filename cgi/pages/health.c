/* dvc-public's pages for machines: /_health for load balancers and
 * monitoring, /_metrics for Prometheus. Not linked from any page, never
 * cached (RF_PERSONAL: Cache-Control no-store), plain text. */
#include "config.h"

#include <string.h>

#include "core/conf.h"
#include "core/metrics.h"
#include "core/request.h"
#include "domain/health.h"
#include "pages/public.h"

/* GET /_health  -- text/plain, no template
 * 200 with "status: ok" and one line per check when all pass; 503 with
 * "status: failed" and the same lines when any fails (domain/health.h).
 * Anyone may ask: the lines name checks, not paths or addresses. */
struct result
p_health(struct request *req)
{
	struct buf checks = BUF_INIT;
	int failed;

	/* the catalogue as a page would find it (loaded on first use) */
	failed = health_check(req->cfg, req->db, req->rs->db_account, &checks);
	buf_printf(&req->out, "status: %s\n%s", failed ? "failed" : "ok", buf_str(&checks));
	buf_free(&checks);
	req->content_type = "text/plain; charset=utf-8";
	req->status = failed ? 503 : 200;
	if (failed)
		req->log_note = "health check failed";
	return res_ok();
}

/* GET /_metrics  -- text/plain; version=0.0.4, no template
 * Every responder's counters (core/metrics.h) and the database gauges
 * (domain/health.h), for a client address listed in Metrics.Allow;
 * anyone else gets 404, as for a page that does not exist. */
struct result
p_metrics(struct request *req)
{
	if (!metrics_allowed(cfg_str(req->cfg, "Metrics.Allow"), req->remote))
		return res_fail(404, "metrics: address not in Metrics.Allow");
	metrics_write(req->cfg, &req->out);
	health_gauges(req->cfg, req->rs->db_account, &req->out);
	req->content_type = "text/plain; version=0.0.4; charset=utf-8";
	req->status = 200;
	return res_ok();
}
