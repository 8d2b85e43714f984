/* Steps shared by the responders that know who is asking (dvc-account,
 * dvc-dossier): reading the session, writing an audit record for the
 * person behind the request, queuing a mail rendered from mail.cs. */
#ifndef DVC_PAGES_COMMON_H
#define DVC_PAGES_COMMON_H

#include "core/access.h"
#include "core/cs.h"
#include "core/result.h"

struct dossier_facts;
struct request;
struct wf_hooks;

/* The responder's session hook: reads the session cookie, fills
 * req->user (or req->pending for a half-done staff login), the CSRF seed
 * and User.* for the page header. 0 or a db_rc. */
int page_who(struct request *req);

/* The session's cookie and the signed-in hint beside it (SIGNED_COOKIE,
 * core/access.h): set for a new session of a person of kind (enum
 * user_kind), the hint only once the login is complete (full: not at a
 * staff login's password step), or both cleared (token NULL). */
void page_session_cookie(struct request *req, const char *token, int kind, int full);

/* One audit record with the request's person as actor (anonymous if
 * none), in the caller's transaction. */
int page_audit(struct request *req, const char *action, const char *otype,
    long long oid, long long owner, const char *detail);

/* A mail of kind (Mail.Subject in data, else Lang Mail.<kind>.Subject;
 * the Mail.Kind branch of mail.cs,
 * template index tpl in the responder's table) to address to, with the
 * data the caller put under Mail.* in data; queued in the caller's
 * transaction. 0 or a db_rc. */
int page_mail(struct request *req, int tpl, HDF *data, const char *kind,
    const char *to);

/* The hooks the workflow's and the opinions' domain functions call back
 * into the responder serving req (domain/workflow.h): the audit record
 * with the request's person and address, mails from the responder's
 * mail.cs, notices from its notice templates (those in layout_notice.cs;
 * a responder without them cannot render one). */
void page_hooks(struct request *req, struct wf_hooks *h);

/* The back office's menu on a staff page (templates/staff_menu.cs, shown
 * by the layout): Menu.Role.<role> for each working role the person holds
 * and Menu.N.<list> how many dossiers wait in each list (queue_counts, one
 * query); Menu.Role.oversight and .admin for those who hold them (no
 * count). Nothing for anyone but staff. 0 or db_rc. */
int page_staff_menu(struct request *req);
/* The responder's on_error hook for the back office: the staff menu on
 * its error pages too. */
void page_error_menu(struct request *req);

/* The dossier id (or, with id 0, of code) and the one access decision
 * for act on it (access_object; roles: those the act needs, for
 * ACT_PROCESS; an officer of another agency: whether that agency is
 * consulted on it, domain/opinion.h). res_ok() (allowed, f filled), or
 * 403, 404, 503. f->id and f->owner_id are filled whenever the dossier
 * exists, so a refusal can be put on record (office_denied). */
/* An applicant's ID number (field idno of the route) and date of birth
 * (field birth) checked against each other as a registration's are
 * (domain/person.h): a failure is a field error by the field it
 * concerns, its value kept for re-display. The online dossier's form and
 * reception's counter entry check them the same way. */
void page_identity_check(struct request *req, int idno, int birth);

struct result page_dossier(struct request *req, long long id, const char *code,
    enum access_act act, unsigned roles, struct dossier_facts *f);

/* Answers with the stored file described by File.{sha256,ext,name} in
 * req->hdf (dossier_file_get): "<stem>.<ext>" as the ASCII name, the
 * person's name as filename*, inline or as an attachment, under csp and
 * content_type. */
struct result page_send_file(struct request *req, const char *stem, int inline_,
    const char *csp, const char *content_type);

/* Answers 200 with body (made by the page: a CSV, a JSON document),
 * freed here, of content_type; as a download named filename (ASCII: the
 * pages' names are slugs) unless filename is NULL. */
struct result page_download(struct request *req, const char *filename,
    const char *content_type, struct buf *body);

#endif
