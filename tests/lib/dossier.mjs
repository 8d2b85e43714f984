// Dossiers for the tests: multipart bodies built by hand (so any framing
// can be sent), and the citizen's steps through the real pages.
import crypto from 'node:crypto';
import { request } from './http.mjs';

// A multipart/form-data body: fields { name: value }, files
// [{ name, filename, type, data (Buffer|string) }]. Returns { body, type }.
export function multipart(fields = {}, files = [], boundary = null) {
  const b = boundary || `----dvc${crypto.randomBytes(12).toString('hex')}`;
  const parts = [];
  for (const [k, v] of Object.entries(fields)) {
    for (const one of Array.isArray(v) ? v : [v]) {
      parts.push(Buffer.from(`--${b}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n`));
      parts.push(Buffer.from(String(one), 'utf8'));
      parts.push(Buffer.from('\r\n'));
    }
  }
  for (const f of files) {
    parts.push(Buffer.from(`--${b}\r\nContent-Disposition: form-data; name="${f.name}"; ` +
      `filename="${f.filename}"\r\nContent-Type: ${f.type || 'application/octet-stream'}\r\n\r\n`, 'utf8'));
    parts.push(Buffer.isBuffer(f.data) ? f.data : Buffer.from(f.data));
    parts.push(Buffer.from('\r\n'));
  }
  parts.push(Buffer.from(`--${b}--\r\n`));
  return { body: Buffer.concat(parts), type: `multipart/form-data; boundary=${b}` };
}

// POST a multipart body with the jar's cookies.
export async function postMultipart(jar, base, path, fields, files, extraHeaders = {}) {
  const { body, type } = multipart(fields, files);
  const r = await request(base, 'POST', path, {
    headers: {
      'Content-Type': type, 'Content-Length': body.length,
      ...(jar.c.size ? { Cookie: jar.header } : {}), ...extraHeaders,
    },
    body,
  });
  return jar.take(r);
}

// The applicant fields as the start form sends them, from a citizen's
// registration data.
export function applicant(data) {
  return {
    ho_ten: data.ho_ten, so_dinh_danh: data.so_dinh_danh, ngay_sinh: data.ngay_sinh,
    dien_thoai: data.dien_thoai, email: data.email, dia_chi: data.dia_chi,
  };
}

// Starts a draft of procedure code; returns its id.
export async function startDraft(base, who, code, extra = {}) {
  const page = await who.jar.get(base, `/ho-so/nop/${code}`);
  if (page.status !== 200) throw new Error(`start form ${code}: ${page.status}`);
  const csrf = page.body.match(/name="csrf" value="([^"]+)"/)[1];
  const token = page.body.match(/name="ma_phieu" value="([^"]+)"/)[1];
  const r = await who.jar.post(base, `/ho-so/nop/${code}`,
    { ...applicant(who.data), csrf, ma_phieu: token, ...extra });
  if (r.status !== 303) throw new Error(`start ${code}: ${r.status}\n${r.body.slice(0, 3000)}`);
  return Number(r.headers.location.match(/\/ho-so\/nhap\/(\d+)$/)[1]);
}

// The draft page's document slots: [{ id, name }] in order.
export async function slots(base, who, id) {
  const page = await who.jar.get(base, `/ho-so/nhap/${id}`);
  return [...page.body.matchAll(/<fieldset class="group doc[^"]*" id="muc-(\d+)">\s*<legend>\d+\. ([^<]+)<\/legend>/g)]
    .map((m) => ({ id: Number(m[1]), name: m[2] }));
}

// Uploads files to a draft: files [{ slot, filename, data }]. Returns the
// response (303 when all were kept, 422 with messages otherwise).
export async function upload(base, who, id, files, fields = {}) {
  const csrf = await who.jar.token(base, `/ho-so/nhap/${id}`);
  return postMultipart(who.jar, base, `/ho-so/nhap/${id}`,
    { csrf, ...applicant(who.data), tiep: 'luu', ...fields },
    files.map((f) => ({ name: `tep_${f.slot}`, filename: f.filename, type: f.type, data: f.data })));
}

// Submits a complete draft; returns the response (303 to the receipt).
export async function submit(base, who, id, declare = true) {
  const csrf = await who.jar.token(base, `/ho-so/nhap/${id}/xem-lai`);
  return who.jar.post(base, `/ho-so/nhap/${id}/nop`, declare ? { csrf, cam_doan: '1' } : { csrf });
}

// A valid PDF of exactly size bytes whose bulk is one stream of random
// bytes (as a scan's compressed image is); tag makes each file's bytes,
// so its SHA-256, its own.
export function pdfOf(size, tag = '') {
  const head = Buffer.from(`%PDF-1.4\n%\xe2\xe3\xcf\xd3 ${tag}\n`, 'latin1');
  const objs = [
    '1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n',
    '2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n',
    '3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>\nendobj\n',
  ];
  const tail4 = '\nendstream\nendobj\n';
  const build = (n) => {
    const xref = [];
    let off = head.length;
    for (const o of objs) { xref.push(off); off += Buffer.byteLength(o); }
    xref.push(off);
    const open4 = `4 0 obj\n<< /Length ${n} >>\nstream\n`;
    off += Buffer.byteLength(open4) + n + tail4.length;
    const xr = `xref\n0 5\n0000000000 65535 f \n${xref.map((x) => `${String(x).padStart(10, '0')} 00000 n \n`).join('')}` +
      `trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n${off}\n%%EOF\n`;
    return { pre: Buffer.concat([head, Buffer.from(objs.join('') + open4)]), post: Buffer.from(tail4 + xr) };
  };
  let n = size - (build(0).pre.length + build(0).post.length);
  let p = build(n);
  while (p.pre.length + n + p.post.length !== size) { n += size - (p.pre.length + n + p.post.length); p = build(n); }
  return Buffer.concat([p.pre, crypto.randomBytes(n), p.post]);
}
