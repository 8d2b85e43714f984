// Accounts for the tests: registering, confirming, logging in (with the
// second factor for staff), all through the real pages, with the cookie
// jar a browser would keep.
import crypto from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, openSync, closeSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { get, post } from './http.mjs';
import { BUILD, CONFIG, RUN, sql } from './env.mjs';

export const DEMO_PASSWORD = 'KonTum-Demo-2026';

// Cookies as a browser keeps them: name -> value, updated from Set-Cookie.
export class Jar {
  constructor() { this.c = new Map(); }
  take(r) {
    for (const sc of r.headers['set-cookie'] || []) {
      const [nv, ...attrs] = sc.split(';');
      const i = nv.indexOf('=');
      const name = nv.slice(0, i).trim();
      const value = nv.slice(i + 1);
      const maxAge = attrs.find((a) => /max-age/i.test(a));
      if (value === '' || (maxAge && /=\s*0$/.test(maxAge))) this.c.delete(name);
      else this.c.set(name, value);
    }
    return r;
  }
  get header() { return [...this.c].map(([k, v]) => `${k}=${v}`).join('; '); }
  get sid() { return this.c.get('dvc_sid'); }
  async get(base, path) {
    return this.take(await get(base, path, { headers: this.c.size ? { Cookie: this.header } : {} }));
  }
  async post(base, path, fields) {
    return this.take(await post(base, path, fields, { cookie: this.c.size ? this.header : undefined }));
  }
  // the CSRF token a page carries for this browser
  async token(base, path) {
    const r = await this.get(base, path);
    const m = r.body.match(/name="csrf" value="([^"]+)"/);
    if (!m) throw new Error(`no CSRF token on ${path} (${r.status})`);
    return m[1];
  }
}

// Numbers no other test file makes at the same time: tests/run.mjs gives
// each file a slot (DVC_FILE_SLOT, its place in the list of files), and
// the numbers of slot k are k * span + 1, k * span + 2, ... Files run in
// parallel on one database, where ID numbers, phones and emails are
// unique; the clock is no help there (two files in the same millisecond).
// 100 slots of 10,000 numbers fit the 6 free digits of an ID number (with
// 50, the 51st file shared the first one's numbers: there are over 60).
const SLOT = Number(process.env.DVC_FILE_SLOT ?? process.pid) % 100;
let seq = 0;
const next = (span) => String(SLOT * span + (seq += 1) % span);

// A valid, unused citizen ID number for a birth year (1900s: digit 0/1).
export function newCccd(year = 1990, female = false) {
  const c = (year >= 2000 ? 2 : 0) + (female ? 1 : 0);
  return `062${c}${String(year % 100).padStart(2, '0')}${next(10000).padStart(6, '0')}`;
}
export function newPhone() {
  return '09' + next(1000000).padStart(8, '0');
}

export function citizen(over = {}) {
  const n = `${Date.now()}.${next(1e9)}`;
  return {
    loai: 'ca_nhan',
    ho_ten: 'Nguyễn Thị Hồng Nhung',
    so_dinh_danh: newCccd(1990, true),
    ngay_sinh: '15/03/1990',
    dien_thoai: newPhone(),
    email: `nhung.${n}@example.vn`,
    dia_chi: '12 Lê Lợi, phường Quyết Thắng, Kon Tum',
    mat_khau: 'nha toi o pho le loi',
    nhap_lai: 'nha toi o pho le loi',
    dong_y: '1',
    ...over,
  };
}

// The newest queued mail to an address: { subject, text, html }.
export function lastMail(to) {
  // batch output escapes newlines as \n
  const rows = sql(`SELECT subject, body_text FROM mail_outbox
    WHERE to_addr = '${to.replace(/'/g, "''")}' ORDER BY id DESC LIMIT 1`);
  if (!rows.length) return null;
  return { subject: rows[0][0], text: rows[0][1].replace(/\\n/g, '\n') };
}

export function linkToken(mail) {
  const m = mail && mail.text.match(/ma=([A-Za-z0-9_-]{43})/);
  return m ? m[1] : null;
}

// Registers, confirms by the mailed link, and logs in; returns
// { jar, data, id }.
export async function newCitizen(base, over = {}) {
  const data = citizen(over);
  const jar = new Jar();
  const token = await jar.token(base, '/tai-khoan/dang-ky');
  const r = await jar.post(base, '/tai-khoan/dang-ky', { ...data, csrf: token });
  if (r.status !== 303) throw new Error(`register: ${r.status}`);
  const link = linkToken(lastMail(data.email));
  const t2 = await jar.token(base, `/tai-khoan/xac-nhan?ma=${link}`);
  const c = await jar.post(base, '/tai-khoan/xac-nhan', { ma: link, csrf: t2 });
  if (c.status !== 200) throw new Error(`confirm: ${c.status}`);
  await login(base, jar, data.email, data.mat_khau);
  const id = sql(`SELECT id FROM account WHERE email = '${data.email}'`)[0][0];
  return { jar, data, id };
}

export async function login(base, jar, ident, password, page = '/tai-khoan/dang-nhap') {
  const token = await jar.token(base, page);
  const r = await jar.post(base, page, { dinh_danh: ident, mat_khau: password, csrf: token });
  return r;
}

// RFC 6238 code for a base32 key at time t (seconds).
export function totp(b32, t = Date.now() / 1000) {
  const alpha = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const ch of b32.replace(/=+$/, '')) bits += alpha.indexOf(ch).toString(2).padStart(5, '0');
  const key = Buffer.alloc(Math.floor(bits.length / 8));
  for (let i = 0; i < key.length; i++) key[i] = parseInt(bits.slice(i * 8, i * 8 + 8), 2);
  const step = Buffer.alloc(8);
  step.writeBigUInt64BE(BigInt(Math.floor(t / 30)));
  const h = crypto.createHmac('sha1', key).update(step).digest();
  const o = h[h.length - 1] & 0xf;
  const n = ((h[o] & 0x7f) << 24) | (h[o + 1] << 16) | (h[o + 2] << 8) | h[o + 3];
  return String(n % 1000000).padStart(6, '0');
}

// A staff account of the test's own, made the way an operator makes one
// (dvcctl user add), with the demo password: its email. Tests that change
// an officer (lock, reset, a new second factor) use their own, so that the
// demo officers other files are logged in as stay as they are.
export function newStaff(role, agency, name = 'Cán bộ kiểm thử') {
  const email = `${role.replace(/_/g, '-')}.${Date.now()}.${next(1e9)}@kiemthu.kontum.demo`;
  const r = spawnSync(`${BUILD}/dvcctl`, ['-c', CONFIG, 'user', 'add', '--email', email, '--name', name,
    '--agency', agency, '--role', role, '--password-stdin'], { input: `${DEMO_PASSWORD}\n`, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`dvcctl user add ${email}: ${r.stderr}`);
  return email;
}

// Keys of staff who set up their second factor in these tests. Test
// files run in processes of their own, and the demo admins are shared
// between them: the keys are kept in a file of the run, one line each.
const KEYS = `${RUN}/totp-keys`;
export const staffKeys = {
  get(email) {
    if (!existsSync(KEYS)) return undefined;
    const line = readFileSync(KEYS, 'utf8').split('\n').filter((l) => l.startsWith(`${email} `)).pop();
    return line && line.slice(email.length + 1);
  },
  set(email, key) { appendFileSync(KEYS, `${email} ${key}\n`); },
};

// The last step of the second factor a login of email used (-1: none).
const usedFile = (email) => `${RUN}/totp-step-${email}`;
function usedStep(email) {
  try { return Number(readFileSync(usedFile(email), 'utf8')); } catch { return -1; }
}

// One process at a time logs a given account in: two first logins of an
// admin would each set up a second factor, and the second would replace
// the key the first wrote down.
async function withLoginLock(email, fn) {
  const lock = `${RUN}/login-lock-${email}`;
  for (;;) {
    try { closeSync(openSync(lock, 'wx')); break; } catch (e) {
      if (e.code !== 'EEXIST') throw e;
      // a lock left by a file killed in its login (a login takes seconds)
      try { if (Date.now() - statSync(lock).mtimeMs > 120000) unlinkSync(lock); } catch { /* gone */ }
      await new Promise((res) => setTimeout(res, 100));
    }
  }
  try { return await fn(); } finally { unlinkSync(lock); }
}

// A full staff login: password, then the second factor (setting it up
// the first time for admins). Returns the jar.
export function staffLogin(base, email, opts = {}) {
  return withLoginLock(email, () => staffLoginNow(base, email, opts));
}

async function staffLoginNow(base, email, { codes } = {}) {
  const jar = new Jar();
  const r = await login(base, jar, email, DEMO_PASSWORD, '/can-bo/dang-nhap');
  if (r.status !== 303) throw new Error(`staff login ${email}: ${r.status}`);
  const loc = r.headers.location;
  if (loc === '/can-bo') return jar;
  if (loc === '/can-bo/thiet-lap-xac-thuc') {
    const page = await jar.get(base, loc);
    const key = page.body.match(/id="khoa-bi-mat"[^>]*>([A-Z2-7]+)</)[1];
    const sealed = page.body.match(/name="khoa" value="([^"]+)"/)[1];
    const token = page.body.match(/name="csrf" value="([^"]+)"/)[1];
    const t = Date.now() / 1000;
    const done = await jar.post(base, loc, { khoa: sealed, ma_so: totp(key, t), csrf: token });
    if (done.status !== 200) throw new Error(`totp setup ${email}: ${done.status}`);
    staffKeys.set(email, key);
    writeFileSync(usedFile(email), `${Math.floor(t / 30)}\n`);
    if (codes) codes.push(...[...done.body.matchAll(/<code>([a-z0-9-]{14})<\/code>/g)].map((m) => m[1]));
    return jar;
  }
  if (loc === '/can-bo/xac-thuc') {
    const key = staffKeys.get(email);
    if (!key) throw new Error(`no TOTP key known for ${email}`);
    // A code is good once, and the portal takes the steps of 30 s just
    // before and after the present one (totp_check): each login takes the
    // earliest step no login of this account used, so three logins of one
    // account within 30 s need not wait for the next step. The step used
    // is kept in a file of the run (files share the demo officers), under
    // the login lock; a refused code (the step turned meanwhile) is passed.
    let token = await jar.token(base, loc);
    for (let tries = 0; tries < 6; tries++) {
      const now = Math.floor(Date.now() / 30000);
      const step = Math.max(now - 1, usedStep(email) + 1);
      if (step > now + 1) {
        await new Promise((res) => setTimeout(res, (step - 1) * 30000 - Date.now() + 200));
        continue;
      }
      const v = await jar.post(base, loc, { ma_so: totp(key, step * 30), csrf: token });
      writeFileSync(usedFile(email), `${step}\n`);
      if (v.status === 303) return jar;
      if (v.status !== 422) throw new Error(`totp ${email}: ${v.status}`);
      token = await jar.token(base, loc);
    }
    throw new Error(`totp ${email}: no code taken`);
  }
  throw new Error(`staff login ${email}: unexpected ${loc}`);
}
