/* Whether an uploaded file may be stored, decided by its content alone
 * (submission issue): never by its name or the client's Content-Type.
 *
 * The upload is already in a private quarantine file. filecheck() finds
 * its type with libmagic, checks it against the policy's allow-list, then
 * checks its structure: a PDF must start with %PDF-, parse cleanly with
 * qpdf without any repair, be unencrypted, and hold nothing that acts by
 * itself or reaches outside (an allow-list at each place where the format
 * lets a document act: actions, additional actions, annotations, name
 * trees, forms; see filecheck.c) and no embedded files (every object is
 * looked at, those in compressed object streams too); an image must have
 * sane dimensions in its header, no PDF hidden inside it and nothing
 * after its end, and a JPEG or PNG is given back as a clean copy without
 * its metadata. TIFF is checked the same way
 * but stored as sent: its metadata is not stripped.
 *
 * Memory stays flat whatever the file size: images are read through a
 * window (domain/image.h) and libmagic sees the first 64 KiB. qpdf reads
 * the file itself and never loads stream data, but builds every object it
 * parses, so a small hostile PDF can ask it for gigabytes: it runs in a
 * child process (fork, no exec) with its own memory and CPU limits, and
 * one that dies or runs out is refused as FC_PDF_COMPLEX. */
#ifndef DVC_FILECHECK_H
#define DVC_FILECHECK_H

#include <stddef.h>

/* One per reason; fc_key() names its message, Lang.Upload.<key>. */
enum fc_verdict {
	FC_OK,
	FC_EMPTY,		/* 0 bytes */
	FC_TYPE,		/* not an accepted type (mime says which) */
	FC_TYPE_OFFICE,		/* Word, Excel, OpenDocument...: save as PDF */
	FC_TYPE_ARCHIVE,	/* ZIP, RAR, 7z...: send the files inside */
	FC_TYPE_PROGRAM,	/* executables and scripts */
	FC_TYPE_WEB,		/* HTML and SVG, which can carry scripts */
	FC_PDF_JUNK,		/* bytes before %PDF- */
	FC_PDF_BROKEN,		/* qpdf failed, or only read it by repairing it */
	FC_PDF_ENCRYPTED,	/* with or without a password to open it */
	FC_PDF_ACTIVE,		/* runs something: JavaScript, additional or
				 * open actions, named, media, XFA... */
	FC_PDF_LINK,		/* a link to a web address (URI action) */
	FC_PDF_EXTERNAL,	/* opens another file or program, or sends or
				 * fetches data: launch, remote go-to,
				 * submit-form, import-data */
	FC_PDF_EMBEDDED,	/* embedded files, file attachments */
	FC_PDF_COMPLEX,		/* more objects or nesting than the policy allows */
	FC_IMAGE_BROKEN,	/* bad header, truncated, malformed segments */
	FC_IMAGE_DIMS,		/* too wide, too high or too many pixels */
	FC_IMAGE_TRAILING,	/* data after the image's end (JPEG EOI, PNG IEND) */
	FC_POLYGLOT,		/* an image with a PDF inside */
	FC_OFFICE_BROKEN,	/* a DOCX, ODT or RTF that does not read
				 * cleanly (domain/officecheck.h) */
	FC_OFFICE_ACTIVE,	/* macros, objects, DDE, fetching from
				 * elsewhere: acts when opened */
	FC_IO,			/* reading or writing failed: not the sender's fault */
	FC__MAX
};

/* What is accepted. types: MIME types as libmagic names them; a type
 * listed here that this module has no structural check for is refused
 * (FC_TYPE), so adding one means adding its check in filecheck.c. */
struct fc_policy {
	const char *const *types;
	size_t ntypes;
	unsigned long img_max_side;	/* pixels, either side */
	unsigned long img_max_pixels;	/* width x height */
	unsigned long pdf_max_objects;	/* qpdf keeps each one's dictionary */
	unsigned long pdf_max_memory;	/* bytes qpdf's process may add */
	unsigned long pdf_max_seconds;	/* CPU seconds it may use */
};

/* PDF, JPEG, PNG, TIFF; 20000 px a side, 100 megapixels; 100000 objects,
 * 24 MiB and 10 s for qpdf. */
extern const struct fc_policy fc_policy_default;
/* A procedure's downloadable form: PDF and the editable DOCX, ODT, RTF
 * (domain/officecheck.h); the PDF limits of the default. */
extern const struct fc_policy fc_policy_forms;

struct fc_result {
	enum fc_verdict verdict;
	char mime[96];		/* as libmagic detected it, for the log */
	const char *ext;	/* "pdf", "jpg", "png", "tif", "docx", "odt",
				 * "rtf", or "" if refused */
	unsigned long width, height;	/* images only */
	int use_clean;		/* 1: store what was written to clean_fd */
	char detail[160];	/* for the log only (never shown): what was found */
};

/* Per-process state: libmagic's database, loaded once (it takes tens of
 * milliseconds) and only read afterwards, so one ctx serves every request
 * of a worker. NULL if the database cannot be loaded. */
struct fc_ctx;
struct fc_ctx *filecheck_init(void);
void filecheck_end(struct fc_ctx *ctx);

/* Checks the file open on fd (read from offset 0; pread, read and lseek
 * are used on it; qpdf opens it again as /proc/self/fd/N). For a JPEG or PNG the clean copy is written to clean_fd
 * at its current offset and out->use_clean is set; the caller stores that
 * file instead, and discards whatever was written when the verdict is not
 * FC_OK. Neither fd is closed. Returns out->verdict; out is filled in
 * every case. */
enum fc_verdict filecheck(struct fc_ctx *ctx, int fd, const struct fc_policy *pol,
    int clean_fd, struct fc_result *out);

/* The PDF checks alone, in this process and without the limits filecheck
 * puts around them (a fuzzing harness calls these directly): the file at
 * path, or the n bytes at p, which must outlive the call. What was found
 * goes to detail (dlen bytes), for the log. filecheck runs filecheck_pdf
 * in a child process under the policy's memory and CPU limits. */
enum fc_verdict filecheck_pdf(const char *path, const struct fc_policy *pol,
    char *detail, size_t dlen);
enum fc_verdict filecheck_pdf_mem(const void *p, size_t n,
    const struct fc_policy *pol, char *detail, size_t dlen);

/* The message key ("PdfActive") and the enum's own name ("FC_PDF_ACTIVE",
 * for logs and test manifests) of a verdict; static strings. */
const char *fc_key(enum fc_verdict v);
const char *fc_name(enum fc_verdict v);

#endif
