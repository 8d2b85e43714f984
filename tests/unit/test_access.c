/* The access decision for routes: deny by default. */
#include "config.h"

#include "core/access.h"
#include "core/buf.h"
#include "core/util.h"
#include "tap.h"

#define DB_DOWN_ (-2)	/* enum db_rc: core/db.h */

static struct result h(struct request *r) { (void)r; return res_ok(); }

int
main(void)
{
	const struct route open_r = { M_GET, "/", h, 0, NULL, 0, 0 };
	const struct route login_r = { M_GET, "/ho-so", h, RF_LOGIN, NULL, 0, 0 };
	const struct route role_r = { M_GET, "/can-bo", h, 0, NULL, 0, 1u << 2 };
	const struct route unknown_r = { M_GET, "/x", h, 0x200, NULL, 0, 0 };
	const struct user citizen = { 7, 0, 0, 1, UK_CITIZEN, 0 };
	const struct user leader = { 8, 1u << 2, 3, 2, UK_STAFF, 0 };
	const struct user reception = { 9, 1u << 0, 3, 3, UK_STAFF, 0 };
	const struct user zero = { 0, 1u << 2, 0, 0, UK_STAFF, 0 };
	struct buf b = BUF_INIT;

	is_int(access_route(&open_r, NULL), 0, "anonymous on a public page");
	is_int(access_route(&open_r, &citizen), 0, "logged-in person on a public page");
	is_int(access_route(&login_r, NULL), 303, "anonymous on a login page: log in first");
	is_int(access_route(&login_r, &citizen), 0, "logged in: allowed");
	is_int(access_route(&role_r, NULL), 303, "a role page implies login");
	is_int(access_route(&role_r, &citizen), 403, "without the role: denied");
	is_int(access_route(&role_r, &reception), 403, "another role: denied");
	is_int(access_route(&role_r, &leader), 0, "with the role: allowed");
	is_int(access_route(&role_r, &zero), 303, "a user without an id is no one");
	is_int(access_route(&unknown_r, &leader), 403, "an unknown flag denies");
	is_int(access_route(NULL, &leader), 403, "no route denies");

	url_encode(&b, "/thong-bao/1?x=Đ &y");
	is_str(buf_str(&b), "/thong-bao/1%3Fx%3D%C4%90%20%26y", "url_encode keeps only the safe set");
	buf_free(&b);
		{
		const struct user owner = { 7, 0, 0, 1, UK_CITIZEN, 0 };
		const struct user officer = { 20, 1u << 0, 3, 2, UK_STAFF, 0 };
		const struct user aadmin = { 21, 1u << 3, 3, 3, UK_STAFF, 0 };
		const struct user padmin = { 22, 1u << 4, 9, 4, UK_STAFF, 0 };
		const struct access_object mine = { OBJ_ACCOUNT, 7, 0, 0, 0, 0, NULL, 0, 0 };
		const struct access_object staff3 = { OBJ_ACCOUNT, 30, 3, 1, 0, 0, NULL, 0, 0 };
		const struct access_object staff4 = { OBJ_ACCOUNT, 31, 4, 1, 0, 0, NULL, 0, 0 };
		const struct access_object sess = { OBJ_SESSION, 7, 0, 0, 0, 0, NULL, 0, 0 };
		const struct access_object dos3 = { OBJ_DOSSIER, 7, 3, 0, 0, 0, NULL, 0, 0 };
		const struct access_object dos4 = { OBJ_DOSSIER, 8, 4, 0, 0, 0, NULL, 0, 0 };
		const struct access_object draft3 = { OBJ_DOSSIER, 7, 3, 0, 1, 0, NULL, 0, 0 };

		is_int(access_object(&owner, ACT_READ, &mine, 1), 0, "own account");
		is_int(access_object(&owner, ACT_READ, &mine, DB_DOWN_), 503, "lookup failed: denied");
		is_int(access_object(&owner, ACT_READ, &mine, 0), 404, "not found");
		is_int(access_object(NULL, ACT_READ, &mine, 1), 404, "nobody");
		is_int(access_object(&officer, ACT_READ, &mine, 1), 404, "officer on a citizen's account");
		is_int(access_object(&aadmin, ACT_READ, &staff3, 1), 0, "agency admin, own agency's staff");
		is_int(access_object(&aadmin, ACT_CHANGE, &staff4, 1), 404, "agency admin, other agency");
		is_int(access_object(&officer, ACT_READ, &staff3, 1), 404, "officer without admin role");
		is_int(access_object(&padmin, ACT_READ, &staff4, 1), 0, "province admin, any staff");
		is_int(access_object(&padmin, ACT_READ, &mine, 1), 404, "province admin, citizen");
		is_int(access_object(&owner, ACT_CHANGE, &sess, 1), 0, "own session");
		is_int(access_object(&aadmin, ACT_CHANGE, &sess, 1), 404, "another's session");
		is_int(access_object(&owner, ACT_READ, &dos3, 1), 0, "own dossier");
		is_int(access_object(&owner, ACT_READ, &dos4, 1), 404, "another's dossier");
		is_int(access_object(&officer, ACT_READ, &dos3, 1), 0, "officer, own agency's dossier");
		is_int(access_object(&officer, ACT_READ, &dos4, 1), 404, "officer, other agency's dossier");
		is_int(access_object(&officer, ACT_READ, &dos4, -3), 503, "dossier lookup failed");
		is_int(access_object(&owner, ACT_CHANGE, &draft3, 1), 0, "own draft");
		is_int(access_object(&officer, ACT_READ, &draft3, 1), 404, "officer, a citizen's draft");
		is_int(access_object(&officer, ACT_CHANGE, &dos3, 1), 404,
		    "officer changing a dossier through the citizen's pages");
		is_int(access_object(&aadmin, ACT_CHANGE, &draft3, 1), 404, "admin, a citizen's draft");
		{
			/* roles (issue 16 section 2): the record's roles, held
			 * and to be given; the province manages admins */
			const struct access_object work3 = { OBJ_ACCOUNT, 32, 3, 1, 0, 1u << 0 | 1u << 2, NULL, 0, 0 };
			const struct access_object admin3 = { OBJ_ACCOUNT, 33, 3, 1, 0, 1u << 3, NULL, 0, 0 };
			const struct access_object prov3 = { OBJ_ACCOUNT, 34, 3, 1, 0, 1u << 4, NULL, 0, 0 };
			const struct access_object insp3 = { OBJ_ACCOUNT, 35, 3, 1, 0, 1u << 5, NULL, 0, 0 };
			const struct access_object admin4 = { OBJ_ACCOUNT, 36, 4, 1, 0, 1u << 3, NULL, 0, 0 };

			is_int(access_object(&aadmin, ACT_CHANGE, &work3, 1), 0, "agency admin changes an officer of theirs");
			is_int(access_object(&aadmin, ACT_CHANGE, &admin3, 1), 403, "agency admin cannot make or change an agency admin");
			is_int(access_object(&aadmin, ACT_CHANGE, &prov3, 1), 403, "agency admin cannot make a province admin");
			is_int(access_object(&aadmin, ACT_CHANGE, &insp3, 1), 403, "agency admin cannot make an inspector");
			is_int(access_object(&aadmin, ACT_READ, &admin3, 1), 0, "agency admin reads an admin of theirs");
			is_int(access_object(&aadmin, ACT_CHANGE, &admin4, 1), 404, "agency admin, another agency's admin");
			is_int(access_object(&padmin, ACT_CHANGE, &prov3, 1), 0, "province admin manages admins");
			is_int(access_object(&padmin, ACT_CHANGE, &admin4, 1), 0, "province admin, any agency");
			is_int(access_object(&officer, ACT_CHANGE, &work3, 1), 404, "officer, no admin role");
		}
	}
	{
		/* a dossier received at the counter: its draft is reception's
		 * (of its agency), never the applicant's; once submitted it is
		 * any dossier */
		const struct user owner = { 7, 0, 0, 1, UK_CITIZEN, 0 };
		const struct user recep = { 20, 1u << 0, 3, 2, UK_STAFF, 0 };
		const struct user recep4 = { 24, 1u << 0, 4, 6, UK_STAFF, 0 };
		const struct user spec = { 23, 1u << 1, 3, 5, UK_STAFF, 0 };
		struct access_object cdraft = { OBJ_DOSSIER, 7, 3, 0, 1, 0, NULL, 0, 1 };
		struct access_object nobody = { OBJ_DOSSIER, 0, 3, 0, 1, 0, NULL, 0, 1 };
		struct access_object cdos = { OBJ_DOSSIER, 7, 3, 0, 0, 1u << 0, NULL, 0, 1 };

		is_int(access_object(&recep, ACT_CHANGE, &cdraft, 1), 0, "reception fills its counter draft");
		is_int(access_object(&recep, ACT_READ, &nobody, 1), 0, "a counter draft of nobody's account");
		is_int(access_object(&recep, ACT_PROCESS, &cdraft, 1), 404, "a counter draft is not processed");
		is_int(access_object(&recep4, ACT_CHANGE, &cdraft, 1), 404, "another agency's reception");
		is_int(access_object(&spec, ACT_CHANGE, &cdraft, 1), 404, "the agency's specialist");
		is_int(access_object(&owner, ACT_CHANGE, &cdraft, 1), 404, "the applicant, before it is submitted");
		is_int(access_object(&owner, ACT_READ, &cdos, 1), 0, "the applicant's, once submitted");
		is_int(access_object(&recep, ACT_PROCESS, &cdos, 1), 0, "reception acts on it as on any");
		is_int(access_object(&recep, ACT_CHANGE, &cdos, 1), 404, "submitted: changed by transitions only");
	}
	{
		/* ACT_PROCESS: a workflow transition needs the agency and one
		 * of the roles the transition allows */
		const struct user owner = { 7, 0, 0, 1, UK_CITIZEN, 0 };
		const struct user recep = { 20, 1u << 0, 3, 2, UK_STAFF, 0 };
		const struct user spec = { 23, 1u << 1, 3, 5, UK_STAFF, 0 };
		const struct user recep4 = { 24, 1u << 0, 4, 6, UK_STAFF, 0 };
		const struct user aadmin = { 21, 1u << 3, 3, 3, UK_STAFF, 0 };
		const struct access_object dos3 = { OBJ_DOSSIER, 7, 3, 0, 0, 1u << 0, NULL, 0, 0 };
		const struct access_object none3 = { OBJ_DOSSIER, 7, 3, 0, 0, 0, NULL, 0, 0 };
		const struct access_object draft3 = { OBJ_DOSSIER, 7, 3, 0, 1, 1u << 0, NULL, 0, 0 };
		const struct access_object noagency = { OBJ_DOSSIER, 7, 0, 0, 0, 1u << 0, NULL, 0, 0 };

		is_int(access_object(&recep, ACT_PROCESS, &dos3, 1), 0, "reception acts on its agency's dossier");
		is_int(access_object(&spec, ACT_PROCESS, &dos3, 1), 403, "the agency's specialist, a reception action: 403");
		is_int(access_object(&aadmin, ACT_PROCESS, &dos3, 1), 403, "the agency's admin is not reception: 403");
		is_int(access_object(&recep4, ACT_PROCESS, &dos3, 1), 404, "another agency's officer: 404");
		is_int(access_object(&recep, ACT_PROCESS, &draft3, 1), 404, "a draft is nobody's to process");
		is_int(access_object(&recep, ACT_PROCESS, &noagency, 1), 404, "a dossier without agency: denied");
		is_int(access_object(&recep, ACT_PROCESS, &none3, 1), 403, "a transition allowing no role: denied");
		is_int(access_object(&owner, ACT_PROCESS, &dos3, 1), 404, "the citizen never processes, even their own");
		is_int(access_object(&recep, ACT_PROCESS, &dos3, 0), 404, "no such dossier");
		is_int(access_object(&recep, ACT_PROCESS, &dos3, -2), 503, "lookup failed");
		is_int(access_object(&recep, (enum access_act)99, &dos3, 1), 404, "an unknown act denies");
	}
	{
		/* inter-agency opinions: agency 3 leads, agency 5 is consulted
		 * (a pending or answered request), agency 6 is not */
		const long long five[] = { 5 };
		const struct user owner = { 7, 0, 0, 1, UK_CITIZEN, 0 };
		const struct user spec3 = { 23, 1u << 1, 3, 5, UK_STAFF, 0 };
		const struct user recep3 = { 20, 1u << 0, 3, 2, UK_STAFF, 0 };
		const struct user spec5 = { 30, 1u << 1, 5, 7, UK_STAFF, 0 };
		const struct user lead5 = { 31, 1u << 2, 5, 8, UK_STAFF, 0 };
		const struct user recep5 = { 32, 1u << 0, 5, 9, UK_STAFF, 0 };
		const struct user spec6 = { 33, 1u << 1, 6, 10, UK_STAFF, 0 };
		const struct user nobody0 = { 34, 1u << 1, 0, 11, UK_STAFF, 0 };
		const struct access_object dos = { OBJ_DOSSIER, 7, 3, 0, 0, 1u << 2, five, 1, 0 };
		const struct access_object draft = { OBJ_DOSSIER, 7, 3, 0, 1, 0, five, 1, 0 };
		const struct access_object op = { OBJ_OPINION, 7, 3, 0, 0, 1u << 1, five, 1, 0 };
		const struct access_object nolist = { OBJ_DOSSIER, 7, 3, 0, 0, 0, NULL, 1, 0 };

		is_int(access_object(&spec5, ACT_READ, &dos, 1), 0, "consulted specialist reads the dossier");
		is_int(access_object(&lead5, ACT_READ, &dos, 1), 0, "consulted leader reads the dossier");
		is_int(access_object(&recep5, ACT_READ, &dos, 1), 403, "consulted agency's reception: 403");
		is_int(access_object(&lead5, ACT_PROCESS, &dos, 1), 403,
		    "consulted leader never takes a transition, even one leaders may");
		is_int(access_object(&spec5, ACT_CHANGE, &dos, 1), 403, "consulted officer changes nothing");
		is_int(access_object(&spec6, ACT_READ, &dos, 1), 404, "an agency not consulted: 404");
		is_int(access_object(&spec6, ACT_PROCESS, &dos, 1), 404, "an agency not consulted acting: 404");
		is_int(access_object(&spec5, ACT_READ, &draft, 1), 404, "a draft stays the citizen's");
		is_int(access_object(&spec5, ACT_READ, &nolist, 1), 404, "a broken list is no list");
		is_int(access_object(&nobody0, ACT_READ, &nolist, 1), 404, "an officer without agency");
		is_int(access_object(&spec3, ACT_READ, &dos, 1), 0, "the lead agency reads as before");
		is_int(access_object(&spec5, ACT_ANSWER, &op, 1), 0, "consulted specialist answers");
		is_int(access_object(&lead5, ACT_ANSWER, &op, 1), 0, "consulted leader answers");
		is_int(access_object(&recep5, ACT_ANSWER, &op, 1), 403, "consulted reception cannot answer: 403");
		is_int(access_object(&spec5, ACT_PROCESS, &op, 1), 403, "consulted agency cannot withdraw: 403");
		is_int(access_object(&spec6, ACT_ANSWER, &op, 1), 404, "a third agency: 404");
		is_int(access_object(&spec6, ACT_READ, &op, 1), 404, "a third agency reads nothing: 404");
		is_int(access_object(&spec3, ACT_READ, &op, 1), 0, "the lead agency reads its request");
		is_int(access_object(&recep3, ACT_READ, &op, 1), 0, "any of the lead's officers reads it");
		is_int(access_object(&spec3, ACT_PROCESS, &op, 1), 0, "the lead's specialist withdraws");
		is_int(access_object(&recep3, ACT_PROCESS, &op, 1), 403, "the lead's reception cannot withdraw");
		is_int(access_object(&spec3, ACT_ANSWER, &op, 1), 403, "the lead never answers its own request");
		is_int(access_object(&owner, ACT_READ, &op, 1), 404, "the citizen never sees a request");
		is_int(access_object(&spec5, ACT_ANSWER, &op, 0), 404, "no such request");
		is_int(access_object(&spec5, ACT_ANSWER, &op, -2), 503, "request lookup failed");
	}
{
		/* the province's oversight (issue 13): inspectors read every
		 * agency's figures and change nothing; province admins read
		 * them and grant extension waivers; an agency's officers read
		 * their own agency's figures only */
		const struct user insp = { 40, 1u << ROLE_INSPECTOR, 9, 12, UK_STAFF, 0 };
		const struct user padmin = { 41, 1u << ROLE_PROVINCE_ADMIN, 9, 13, UK_STAFF, 0 };
		const struct user spec3 = { 42, 1u << ROLE_SPECIALIST, 3, 14, UK_STAFF, 0 };
		const struct user aadmin3 = { 43, 1u << ROLE_AGENCY_ADMIN, 3, 15, UK_STAFF, 0 };
		const struct user lead9 = { 44, 1u << ROLE_LEADER, 9, 16, UK_STAFF, 0 };
		const struct user noroles = { 45, 0, 3, 17, UK_STAFF, 0 };
		const struct access_object ag3 = { OBJ_AGENCY, 0, 3, 0, 0, 0, NULL, 0, 0 };
		const struct access_object ag4 = { OBJ_AGENCY, 0, 4, 0, 0, 0, NULL, 0, 0 };
		const struct access_object province = { OBJ_AGENCY, 0, 0, 0, 0, 0, NULL, 0, 0 };
		const struct access_object dos3 = { OBJ_DOSSIER, 7, 3, 0, 0, 1u << ROLE_LEADER, NULL, 0, 0 };
		const struct access_object dos9 = { OBJ_DOSSIER, 7, 9, 0, 0, 1u << ROLE_LEADER, NULL, 0, 0 };
		const struct access_object draft3 = { OBJ_DOSSIER, 7, 3, 0, 1, 0, NULL, 0, 0 };

		is_int(access_object(&insp, ACT_READ, &ag3, 1), 0, "inspector reads an agency's figures");
		is_int(access_object(&insp, ACT_READ, &ag4, 1), 0, "inspector reads any agency's");
		is_int(access_object(&insp, ACT_READ, &province, 1), 0, "inspector reads the province's");
		is_int(access_object(&insp, ACT_CHANGE, &ag3, 1), 403, "inspector changes no figure");
		is_int(access_object(&insp, ACT_PROCESS, &ag3, 1), 403, "inspector acts on no agency");
		is_int(access_object(&insp, ACT_READ, &ag3, 0), 404, "no such agency");
		is_int(access_object(&insp, ACT_READ, &ag3, -2), 503, "agency lookup failed");
		is_int(access_object(&padmin, ACT_READ, &ag4, 1), 0, "province admin reads any agency's");
		is_int(access_object(&padmin, ACT_READ, &province, 1), 0, "and the province's");
		is_int(access_object(&spec3, ACT_READ, &ag3, 1), 0, "an officer reads own agency's figures");
		is_int(access_object(&aadmin3, ACT_READ, &ag3, 1), 0, "the agency admin too");
		is_int(access_object(&spec3, ACT_READ, &ag4, 1), 403, "another agency's figures: 403");
		is_int(access_object(&spec3, ACT_READ, &province, 1), 403, "the province's: 403");
		is_int(access_object(&noroles, ACT_READ, &ag3, 1), 403, "staff without a role: 403");
		is_int(access_object(&citizen, ACT_READ, &ag3, 1), 404, "a citizen: 404");
		is_int(access_object(&insp, ACT_READ, &dos3, 1), 404,
		    "inspector opens no dossier of another agency (minimum data: the lists)");
		is_int(access_object(&insp, ACT_PROCESS, &dos9, 1), 403,
		    "inspector never takes a transition, even in own agency");
		is_int(access_object(&insp, ACT_CHANGE, &dos9, 1), 404, "inspector changes no dossier");
		is_int(access_object(&insp, ACT_WAIVE, &dos3, 1), 403, "inspector grants no waiver");
		is_int(access_object(&padmin, ACT_WAIVE, &dos3, 1), 0, "province admin grants a waiver");
		is_int(access_object(&padmin, ACT_WAIVE, &draft3, 1), 404, "not on a draft");
		is_int(access_object(&padmin, ACT_WAIVE, &dos3, 0), 404, "not on a missing dossier");
		is_int(access_object(&padmin, ACT_PROCESS, &dos3, 1), 404,
		    "province admin takes no transition on another agency's dossier");
		is_int(access_object(&lead9, ACT_WAIVE, &dos9, 1), 404, "a leader grants no waiver");
		is_int(access_object(&aadmin3, ACT_WAIVE, &dos3, 1), 404, "an agency admin neither");
		is_int(access_object(&citizen, ACT_WAIVE, &dos3, 1), 404, "nor the owner");
		/* the agency itself renamed, merged, closed (issue 16): the
		 * province's admins alone, never the agency's own admin */
		is_int(access_object(&padmin, ACT_CHANGE, &ag3, 1), 0, "province admin changes an agency");
		is_int(access_object(&aadmin3, ACT_CHANGE, &ag3, 1), 403, "an agency admin never, not even own");
		is_int(access_object(&lead9, ACT_CHANGE, &ag3, 1), 403, "a leader neither");
		is_int(access_object(&padmin, ACT_CHANGE, &ag3, 0), 404, "no such agency");
		is_int(access_object(&citizen, ACT_CHANGE, &ag3, 1), 404, "a citizen: 404");
	}
	{
		/* the catalogue editor (issue 16, section 1): an agency's admin
		 * reads and changes the procedures their agency implements,
		 * never another agency's (404); only the province's admins
		 * publish or withdraw */
		const long long impl[] = { 3, 5 };
		const struct user aadmin3 = { 50, 1u << ROLE_AGENCY_ADMIN, 3, 20, UK_STAFF, 0 };
		const struct user aadmin4 = { 51, 1u << ROLE_AGENCY_ADMIN, 4, 21, UK_STAFF, 0 };
		const struct user padmin = { 52, 1u << ROLE_PROVINCE_ADMIN, 9, 22, UK_STAFF, 0 };
		const struct user recep3 = { 53, 1u << ROLE_RECEPTION, 3, 23, UK_STAFF, 0 };
		const struct user insp = { 54, 1u << ROLE_INSPECTOR, 9, 24, UK_STAFF, 0 };
		const struct user cit = { 55, 0, 0, 25, UK_CITIZEN, 0 };
		const struct access_object proc = { OBJ_PROCEDURE, 0, 0, 0, 0, 0, impl, 2, 0 };

		is_int(access_object(&aadmin3, ACT_READ, &proc, 1), 0, "agency admin reads own agency's procedure");
		is_int(access_object(&aadmin3, ACT_CHANGE, &proc, 1), 0, "and changes its draft");
		is_int(access_object(&aadmin3, ACT_PUBLISH, &proc, 1), 403, "but never publishes");
		is_int(access_object(&aadmin4, ACT_READ, &proc, 1), 404, "another agency's admin: not found");
		is_int(access_object(&aadmin4, ACT_CHANGE, &proc, 1), 404, "nor changes it");
		is_int(access_object(&aadmin4, ACT_PUBLISH, &proc, 1), 404, "nor publishes it");
		is_int(access_object(&padmin, ACT_CHANGE, &proc, 1), 0, "province admin changes any");
		is_int(access_object(&padmin, ACT_PUBLISH, &proc, 1), 0, "and publishes");
		is_int(access_object(&padmin, ACT_PROCESS, &proc, 1), 403, "no other act on a procedure");
		is_int(access_object(&recep3, ACT_READ, &proc, 1), 404, "an officer of the agency: not an editor");
		is_int(access_object(&insp, ACT_READ, &proc, 1), 404, "an inspector neither");
		is_int(access_object(&cit, ACT_READ, &proc, 1), 404, "a citizen neither");
		is_int(access_object(&padmin, ACT_READ, &proc, 0), 404, "no such procedure");
		is_int(access_object(&padmin, ACT_READ, &proc, -2), 503, "lookup failed");
	}
	return done_testing();
}
