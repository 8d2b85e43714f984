/* QR codes as SVG paths: see qr.h. */
#include "config.h"

#include <stdio.h>

#include <qrencode.h>

#include "core/buf.h"
#include "core/request.h"
#include "pages/qr.h"

int
page_qr(struct request *req, const char *text, const char *prefix)
{
	struct buf path = BUF_INIT;
	char key[96];
	QRcode *qr;
	int x, y;

	if ((qr = QRcode_encodeString(text, 0, QR_ECLEVEL_M, QR_MODE_8, 1)) == NULL)
		return -1;
	/* one horizontal run of dark modules per subpath: a path a fraction
	 * of the size of one square each */
	for (y = 0; y < qr->width; y++)
		for (x = 0; x < qr->width; x++) {
			int run = 0;

			while (x + run < qr->width && (qr->data[y * qr->width + x + run] & 1))
				run++;
			if (run) {
				buf_printf(&path, "M%d %dh%dv1h-%dz", x + 4, y + 4, run, run);
				x += run - 1;
			}
		}
	snprintf(key, sizeof(key), "%s.path", prefix);
	hdf_set_value(req->hdf, key, buf_str(&path));
	snprintf(key, sizeof(key), "%s.size", prefix);
	hdf_set_int_value(req->hdf, key, qr->width + 8);
	QRcode_free(qr);
	buf_free(&path);
	return 0;
}
