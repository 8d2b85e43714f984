/* QR codes drawn by the page itself (libqrencode): no image file, no
 * script. Used by dvc-dossier for the receipt's tracking link and the
 * VietQR transfer code (payment page, receipt). */
#ifndef DVC_PAGES_QR_H
#define DVC_PAGES_QR_H

struct request;

/* The QR code of text (error correction M, 8-bit) as an SVG path of
 * unit squares with a 4-module quiet zone: prefix.{path,size} in
 * req->hdf, for an <svg viewBox="0 0 size size">. 0, or -1 (text too
 * long to encode, or out of memory). */
int page_qr(struct request *req, const char *text, const char *prefix);

#endif
