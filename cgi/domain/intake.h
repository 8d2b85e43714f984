/* Taking an uploaded file into a dossier: the checks between the
 * quarantine and the store.
 *
 * For each file: its size against the limits, its type and structure by
 * content (domain/filecheck.c), a cleaned copy for images, a signature
 * check for PDFs and detached .p7s files (domain/signature.c), then the
 * store (domain/store.c). The result says either what to link to the
 * dossier, or which message to show next to the file's field; a refused
 * file leaves nothing behind. The per-process parts (libmagic's database,
 * the trust store) are loaded once by intake_start. */
#ifndef DVC_INTAKE_H
#define DVC_INTAKE_H

#include <stddef.h>

struct config;
struct upload;

/* Loads what the checks need; the responder's start hook. */
int intake_start(const struct config *cfg, char *err, size_t errlen);

struct intake {
	int ok;
	char key[112];		/* refused: "Upload.X" or "Sig.X", the language key */
	char name[256];		/* the name to show: cleaned, and once
				 * accepted ending in its type's extension
				 * (intake_typed_name) */
	char sha256[65];
	char mime[96];
	char ext[8];
	long long size;
	/* signature, when there is one */
	const char *sig_state;	/* "none", "valid", "invalid" */
	const char *sig_reason;	/* key of the reason when not valid */
	char sig_signer[256], sig_serial[80], sig_issuer[256];
	long long sig_time;
	int is_p7s;		/* a detached signature: signs_fd was used */
};

/* The display name of an upload (cleaned client file name). */
void intake_name(const struct upload *u, char out[256]);

/* The name a stored file is shown and sent under, made once here for
 * every page and download: name (as intake_name made it) ending in the
 * extension of the type found in the file's content (ext: "pdf", "jpg",
 * "png", "tif", "p7s"; a form's "docx", "odt", "rtf"). A name that ends
 * in it already, in any case or spelling (.PDF, .jpeg, .tiff), is kept;
 * trailing dots and spaces, which Windows drops from a name, are dropped
 * first; any other name
 * gets ".<ext>" added, so "report.pdf.exe" is "report.pdf.exe.pdf" and a
 * name with no extension "scan.pdf". The name is cut on a character
 * boundary, never the extension, to fit outsz bytes. out may be name. */
void intake_typed_name(const char *name, const char *ext, char *out, size_t outsz);

/* Is this upload meant as a detached signature (.p7s)? Only decides
 * where it goes; its content is checked as a signature. */
int intake_is_signature(const struct upload *u);

/* Checks upload u and, if acceptable, puts it in the store. level: the
 * procedure's service level (4: an invalid signature is refused).
 * signed_fd: for a .p7s, the stored file it signs (open), else -1.
 * Returns 0 (r->ok says accepted or refused) or -1 (the store cannot be
 * written: a server fault, logged). */
int intake_file(const struct config *cfg, struct upload *u, int level,
    int signed_fd, struct intake *r);

/* The forms' part alone (dvc-account's start hook): libmagic's database. */
int intake_form_start(const struct config *cfg, char *err, size_t errlen);

/* A procedure's form file uploaded in the catalogue editor: checked by
 * content with the forms' policy (PDF, DOCX, ODT, RTF: filecheck.h
 * fc_policy_forms; no signature check, nothing cleaned) and, if
 * acceptable, put in the store. Returns as intake_file. */
int intake_form(const struct config *cfg, struct upload *u, struct intake *r);

#endif
