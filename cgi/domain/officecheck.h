/* The structure checks of the editable office formats a procedure's form
 * may be uploaded in (issue 16: "form files are uploaded through the same
 * checks as citizens' files"): DOCX, ODT and RTF. filecheck() calls this
 * for those types when its policy lists them (fc_policy_forms); citizens'
 * uploads never do.
 *
 * What an office file may not hold is what makes it act when opened or
 * reach outside: macros and script libraries, ActiveX controls, embedded
 * or linked OLE objects, event scripts, DDE and fields that include
 * another file or address, an attached template or other target fetched
 * from elsewhere (a hyperlink is allowed). A DOCX or ODT is a ZIP: its
 * central directory is read with caps on entries and sizes, every part
 * is unpacked (streamed, flat memory) so a broken or bomb-like one is
 * refused, and its XML parts are searched for the above. An RTF must
 * start with {\rtf and is searched whole. The searches are for the
 * words as office programs write them: a field code split across runs
 * of text is not put together again. */
#ifndef DVC_OFFICECHECK_H
#define DVC_OFFICECHECK_H

#include "domain/filecheck.h"

#define OFFICE_DOCX "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
#define OFFICE_ODT "application/vnd.oasis.opendocument.text"

/* Checks the file open on fd, of type mime (libmagic's: OFFICE_DOCX,
 * OFFICE_ODT, text/rtf). Returns FC_OK with out->ext set ("docx", "odt",
 * "rtf"), or the refusal with out->detail saying what was found (for the
 * log); the caller sets out->verdict. */
enum fc_verdict officecheck(int fd, const char *mime, struct fc_result *out);

#endif
