/* dvc-office, processing after reception (issue 6, part 2):
 *
 * /can-bo/xu-ly        the specialist's work: dossiers in processing at
 *                      the agency with nothing proposed yet
 * /can-bo/phe-duyet    the leader's: proposals waiting for a decision
 * /can-bo/tra-ket-qua  reception's: results to return, returns at the
 *                      counter or by post not yet collected
 * POST /can-bo/ho-so/<code>/de-xuat-ket-qua  (multipart) the result file
 * POST .../de-xuat-bo-sung, de-xuat-tu-choi, duyet-ket-qua, duyet-bo-sung,
 *      duyet-tu-choi, tra-lai-du-thao, tra-ket-qua, da-nhan-ket-qua,
 *      dung-giai-quyet, de-xuat-gia-han, duyet-gia-han: transitions of
 *      wf_table, applied by office_act()
 *
 * Oldest and most urgent first (due date, then submission). Which role
 * may act is the transition table's business, as on reception's pages. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/conf.h"
#include "core/db.h"
#include "core/render.h"
#include "core/request.h"
#include "core/upload.h"
#include "domain/calendar.h"
#include "domain/intake.h"
#include "pages/common.h"
#include "pages/office.h"

static const char *const methods[] = { "online", "counter", "post", NULL };
static const char *const confirm_values[] = { "1", NULL };

enum { P_CODE, P_VERSION, P_REASON, P_METHOD, P_TRACKING, P_DAYS, P_CONFIRM };
const struct field office_f_process[OFFICE_F_PROCESS_N] = {
	[P_CODE] = { "code", V_KEY, F_PATH | F_REQUIRED, 1, 40, NULL },
	[P_VERSION] = { "phien_ban", V_INT, F_REQUIRED, 0, 2147483647L, NULL },
	[P_REASON] = { "ly_do", V_TEXT, 0, 0, 2000, NULL },
	[P_METHOD] = { "hinh_thuc", V_ENUM, 0, 0, 0, methods },
	[P_TRACKING] = { "ma_buu_gui", V_LINE, 0, 1, 40, NULL },
	/* an extension proposed, in working days */
	[P_DAYS] = { "gia_han_ngay", V_INT, 0, 1, 60, NULL },
	/* the tick box confirming a stop, a refusal, a draft returned
	 * (office_act) */
	[P_CONFIRM] = { "xac_nhan", V_ENUM, 0, 0, 0, confirm_values },
};

enum { R_CODE, R_VERSION, R_REASON, R_FILE };
const struct field office_f_result[OFFICE_F_RESULT_N] = {
	[R_CODE] = { "code", V_KEY, F_PATH | F_REQUIRED, 1, 40, NULL },
	[R_VERSION] = { "phien_ban", V_INT, F_REQUIRED, 0, 2147483647L, NULL },
	[R_REASON] = { "ly_do", V_TEXT, 0, 0, 2000, NULL },
	[R_FILE] = { "ket_qua", V_LINE, 0, 0, 255, NULL },
};

/* GET /can-bo/xu-ly, /can-bo/phe-duyet, /can-bo/tra-ket-qua --
 * office_work.cs: the role's list at the officer's agency. */
struct result
office_p_work(struct request *req)
{
	const char *p = strrchr(req->path, '/');
	int which, rc;

	p = p ? p + 1 : "";
	which = strcmp(p, "xu-ly") == 0 ? 's' : strcmp(p, "phe-duyet") == 0 ? 'l' : 'r';
	rc = wf_worklist(req->db, req->cfg, req->user->agency_id, which,
	    cal_now(), req->hdf, "Work");
	if (rc < 0)
		return res_db(rc);
	hdf_set_int_value(req->hdf, "WorkCount", rc);
	hdf_set_value(req->hdf, "Page.Work", which == 's' ? "specialist" :
	    which == 'l' ? "leader" : "return");
	hdf_set_value(req->hdf, "Page.Nav", "office");
	return office_render(req, T_WORK);
}

/* POST /can-bo/ho-so/:code/<action> -- ly_do (the reason: of a refusal
 * proposal, an extension proposal (the delay, on Form 04), a stop; the
 * comment returning a draft), bo_sung_<doc id> (a supplement proposal's
 * documents), hinh_thuc + ma_buu_gui (the return), gia_han_ngay (the
 * extension proposed, in working days). */
struct result
office_p_process(struct request *req)
{
	const char *slash = strrchr(req->path, '/');
	struct wf_in in;
	int action;

	action = wf_action_by_slug(slash ? slash + 1 : "");
	if (action < WA_PROPOSE_SUPPLEMENT || wf_table[action].citizen)
		return res_status(404);
	memset(&in, 0, sizeof(in));
	in.version = req->val[P_VERSION].i;
	in.reason = req->val[P_REASON].s;
	if (req->val[P_METHOD].present && req->val[P_METHOD].err == VE_OK)
		in.method = req->val[P_METHOD].s;
	if (req->val[P_TRACKING].present && req->val[P_TRACKING].err == VE_OK)
		in.tracking = req->val[P_TRACKING].s;
	if (req->val[P_DAYS].present && req->val[P_DAYS].err == VE_OK)
		in.extend_tenths = (int)req->val[P_DAYS].i * 10;
	return office_act(req, action, req->val[P_CODE].s, &in);
}

/* POST /can-bo/ho-so/:code/de-xuat-ket-qua (multipart) -- ket_qua: the
 * result document (checked and stored as the citizen's files are),
 * ly_do: a note for the leader. The file enters the store first; the
 * dossier links it in the transition's transaction (the sweeper removes
 * a stored file nothing links). */
struct result
office_p_propose_result(struct request *req)
{
	struct dossier_facts f;
	struct intake in_file;
	struct wf_in in;
	struct result r;
	int i, rc, found = 0;

	if (!res_is_ok(r = page_dossier(req, 0, req->val[R_CODE].s, ACT_READ, 0, &f)))
		return r;
	memset(&in, 0, sizeof(in));
	memset(&in_file, 0, sizeof(in_file));
	in.version = req->val[R_VERSION].i;
	in.reason = req->val[R_REASON].s;
	for (i = 0; i < req->nuploads; i++) {
		struct upload *u = &req->uploads[i];

		if (strcmp(u->name, "ket_qua") != 0 || u->fd < 0 || u->over)
			continue;
		if (intake_file(req->cfg, u, f.level, -1, &in_file) < 0)
			return res_fail(500, "intake failed");
		if (!in_file.ok) {
			if ((rc = dossier_load(req->db, f.id, req->hdf, "Dossier")) < 0)
				return res_db(rc);
			hdf_set_value(req->hdf, "Page.Refused", in_file.key);
			return office_dossier_again(req, &f, 422, "file");
		}
		found = 1;
		break;
	}
	if (found) {
		in.file_sha256 = in_file.sha256;
		in.file_mime = in_file.mime;
		in.file_ext = in_file.ext;
		in.file_name = in_file.name;
		in.file_size = in_file.size;
	}
	/* without a file wf_apply answers 422 (after the role and status) */
	return office_act(req, WA_PROPOSE_RESULT, req->val[R_CODE].s, &in);
}
