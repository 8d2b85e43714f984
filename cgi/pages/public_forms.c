/* dvc-public: procedures' form files uploaded in the catalogue editor
 * (issue 16, section 1; domain/formfile.h).
 *
 *   GET /bieu-mau/tep/:sha/:name   the form stored under SHA-256 sha, if a
 *        procedure in the catalogue (published and in use) names it;
 *        anything else is a 404, so a draft's form stays private until
 *        publishing. :name is the file's name for the person's browser
 *        only (the procedure page's link writes it); the download is
 *        named by the original name (Content-Disposition, RFC 6266 and
 *        5987) and typed by the type found in its content. The bytes
 *        never change under their hash: cached for a year. */
#include "config.h"

#include <string.h>

#include "core/request.h"
#include "core/validate.h"
#include "domain/formfile.h"
#include "pages/common.h"
#include "pages/public.h"

const struct field f_form_file[FF__MAX] = {
	[FF_SHA] = { "sha", V_KEY, F_PATH | F_REQUIRED, 64, 64, NULL },
	[FF_NAME] = { "name", V_LINE, F_PATH | F_REQUIRED, 1, 255, NULL },
};

/* GET /bieu-mau/tep/:sha/:name */
struct result
p_form_file(struct request *req)
{
	const char *sha = req->val[FF_SHA].s;
	size_t i;
	int rc;

	if (req->nerrors)
		return res_status(404);
	for (i = 0; sha[i]; i++)
		if (!((sha[i] >= '0' && sha[i] <= '9') || (sha[i] >= 'a' && sha[i] <= 'f')))
			return res_status(404);
	if ((rc = formfile_published(req->db, sha, req->hdf, "File")) < 0)
		return res_db(rc);
	if (rc == 0)
		return res_status(404);
	req->cache_control = "public, max-age=31536000, immutable";
	return page_send_file(req, "bieu-mau", 0, NULL,
	    formfile_content_type(hdf_get_value(req->hdf, "File.ext", "")));
}
