// English for a citizen (issue 15): a link in every citizen's page's header
// sets a cookie naming the language (nothing personal, SameSite=Lax, for a
// long time) and goes back to the page; every later page follows it, the
// shared cached public pages included (a variant per language, never the
// other language's bytes); an unknown value is Vietnamese; officers' pages
// and mail stay Vietnamese.
import { test, assert } from '../lib/t.mjs';
import { NGINX, APACHE } from '../lib/env.mjs';
import { Jar, citizen, lastMail } from '../lib/account.mjs';

const B = NGINX;

const lang = (body) => (body.match(/<html lang="([^"]*)">/) || [])[1];
// the language link of a page: { href, lang, hreflang, text }
function langLink(body) {
  const m = body.match(/<div class="wrap lang-bar">\s*<a href="([^"]+)" lang="([^"]+)" hreflang="([^"]+)">([^<]+)<\/a>/);
  return m && { href: m[1].replace(/&amp;/g, '&'), lang: m[2], hreflang: m[3], text: m[4] };
}
// the header's sign-in link, in each language
const SIGN_IN = { vi: />Đăng nhập<\/a>/, en: />Sign in<\/a>/ };

function english() {
  const jar = new Jar();
  jar.c.set('dvc_nn', 'en');
  return jar;
}

test('the link sets the language cookie and goes back to the page, its query kept', async () => {
  const jar = new Jar();
  const page = await jar.get(B, '/thu-tuc?q=khai+sinh&muc-do=3');
  assert.equal(page.status, 200);
  assert.equal(lang(page.body), 'vi');
  const link = langLink(page.body);
  assert.deepEqual({ lang: link.lang, hreflang: link.hreflang, text: link.text },
    { lang: 'en', hreflang: 'en', text: 'English' });
  assert.equal(link.href, '/ngon-ngu/en?tiep=%2Fthu-tuc%3Fq%3Dkhai%2Bsinh%26muc-do%3D3');

  const r = await jar.get(B, link.href);
  assert.equal(r.status, 303);
  assert.equal(r.headers.location, '/thu-tuc?q=khai+sinh&muc-do=3');
  const sc = (r.headers['set-cookie'] || []).find((c) => c.startsWith('dvc_nn='));
  assert.ok(sc, 'a language cookie');
  assert.match(sc, /^dvc_nn=en; Path=\/; HttpOnly; SameSite=Lax; Max-Age=(\d+)/);
  assert.ok(Number(sc.match(/Max-Age=(\d+)/)[1]) >= 365 * 24 * 3600, 'remembered for a year or more');
  assert.equal(jar.c.get('dvc_nn'), 'en');

  const back = await jar.get(B, r.headers.location);
  assert.equal(back.status, 200);
  assert.equal(lang(back.body), 'en');
  assert.match(back.body, /<h1>Procedures<\/h1>/);
  assert.match(back.body, SIGN_IN.en);
  assert.match(back.body, /published in Vietnamese only/, 'says the catalogue stays in Vietnamese');
  const vi = langLink(back.body);
  assert.deepEqual({ lang: vi.lang, hreflang: vi.hreflang, text: vi.text },
    { lang: 'vi', hreflang: 'vi', text: 'Tiếng Việt' });

  // remembered: the other responders' pages too
  for (const path of ['/tai-khoan/dang-nhap', '/tai-khoan/dang-ky', '/tra-cuu', '/gop-y']) {
    const p = await jar.get(B, path);
    assert.equal(p.status, 200, path);
    assert.equal(lang(p.body), 'en', path);
    assert.doesNotMatch(p.body, SIGN_IN.vi, path);
  }

  // and back to Vietnamese the same way
  const again = await jar.get(B, vi.href);
  assert.equal(again.status, 303);
  assert.equal(jar.c.get('dvc_nn'), 'vi');
  const viPage = await jar.get(B, again.headers.location);
  assert.equal(lang(viPage.body), 'vi');
  assert.match(viPage.body, SIGN_IN.vi);
});

test('the same behind Apache: the link, the English page, the account responder\'s', async () => {
  const jar = new Jar();
  const r = await jar.get(APACHE, '/ngon-ngu/en?tiep=%2Fco-quan');
  assert.equal(r.status, 303);
  assert.match(r.headers.location, /\/co-quan$/);
  assert.equal(jar.c.get('dvc_nn'), 'en');
  for (const path of ['/co-quan', '/tai-khoan/dang-nhap', '/tra-cuu']) {
    const p = await jar.get(APACHE, path);
    assert.equal(p.status, 200, path);
    assert.equal(lang(p.body), 'en', path);
  }
});

test('the way back stays on this site; an unknown language is not a page', async () => {
  for (const tiep of ['//evil.example/x', 'https://evil.example/', '/\\evil.example', 'thu-tuc']) {
    const r = await new Jar().get(B, `/ngon-ngu/en?tiep=${encodeURIComponent(tiep)}`);
    assert.equal(r.status, 303, tiep);
    assert.equal(r.headers.location, '/', tiep);
  }
  const none = await new Jar().get(B, '/ngon-ngu/vi');
  assert.equal(none.status, 303);
  assert.equal(none.headers.location, '/');
  const fr = await new Jar().get(B, '/ngon-ngu/fr?tiep=%2F');
  assert.equal(fr.status, 404);
  assert.ok(!(fr.headers['set-cookie'] || []).some((c) => c.startsWith('dvc_nn=')), 'no cookie for it');
});

test('an unknown cookie value is Vietnamese', async () => {
  for (const value of ['fr', 'EN', 'english', '', 'en%00']) {
    const jar = new Jar();
    jar.c.set('dvc_nn', value);
    for (const path of ['/thu-tuc', '/tai-khoan/dang-nhap']) {
      const r = await jar.get(B, path);
      assert.equal(r.status, 200, `${value} ${path}`);
      assert.equal(lang(r.body), 'vi', `${value} ${path}`);
      assert.match(r.body, SIGN_IN.vi, `${value} ${path}`);
    }
  }
});

test('cached public pages served to Vietnamese and English readers in turn never mix', async () => {
  const readers = [
    { name: 'vi', jar: new Jar(), want: 'vi' },
    { name: 'en', jar: english(), want: 'en' },
    { name: 'vi, signed-in hint', jar: new Jar(), want: 'vi', hint: true },
    { name: 'en, signed-in hint', jar: english(), want: 'en', hint: true },
  ];
  for (const r of readers) if (r.hint) r.jar.c.set('dvc_dn', 'cd');
  const paths = ['/', '/thu-tuc', '/co-quan', '/thong-ke', '/huong-dan', '/thong-bao', '/tiep-can', '/nhung'];
  // each page and variant asked more often than dvc-public has workers
  // (4, dvc-dev): some worker is then asked twice, its second answer from
  // its cache, whichever worker the server picks each time
  for (let round = 0; round < 6; round++) {
    for (const path of paths) {
      for (const r of round % 2 ? [...readers].reverse() : readers) {
        const p = await r.jar.get(B, path);
        assert.equal(p.status, 200, `${r.name} ${path}`);
        assert.equal(lang(p.body), r.want, `round ${round}: ${r.name} ${path}`);
        if (r.hint) {
          assert.match(p.body, r.want === 'en' ? />My account<\/a>/ : />Tài khoản của tôi<\/a>/,
            `round ${round}: ${r.name} ${path}`);
        } else {
          assert.match(p.body, SIGN_IN[r.want], `round ${round}: ${r.name} ${path}`);
        }
        assert.doesNotMatch(p.body, SIGN_IN[r.want === 'en' ? 'vi' : 'en'], `${r.name} ${path}`);
        assert.ok(!(p.headers['set-cookie'] || []).length, `${path}: a cached page sets no cookie`);
      }
    }
  }
});

test('a form\'s messages follow the language', async () => {
  const jar = english();
  const token = await jar.token(B, '/gop-y');
  const r = await jar.post(B, '/gop-y', { csrf: token, ho_ten: '', tieu_de: 'Hi', noi_dung: 'short' });
  assert.equal(r.status, 422);
  assert.equal(lang(r.body), 'en');
  assert.match(r.body, /<title>Error: Feedback/);
  assert.match(r.body, /There is a problem/);
  assert.match(r.body, /Fill in this field\./);
  assert.match(r.body, /This is too short\./);
  assert.doesNotMatch(r.body, /Vui lòng nhập mục này/);
});

test('officers\' pages and mail stay Vietnamese', async () => {
  const jar = english();
  const staff = await jar.get(B, '/can-bo/dang-nhap');
  assert.equal(staff.status, 200);
  assert.equal(lang(staff.body), 'vi');
  assert.equal(langLink(staff.body), null, 'no language link on an officer\'s page');

  // registering in English: the pages are English, the mail Vietnamese
  const data = citizen();
  const token = await jar.token(B, '/tai-khoan/dang-ky');
  const r = await jar.post(B, '/tai-khoan/dang-ky', { ...data, csrf: token });
  assert.equal(r.status, 303);
  const sent = await jar.get(B, r.headers.location);
  assert.equal(lang(sent.body), 'en');
  assert.match(sent.body, /Check your email/);
  const mail = lastMail(data.email);
  assert.ok(mail, 'a mail');
  assert.match(mail.subject, /Xác nhận đăng ký tài khoản/);
  assert.match(mail.text, /Kính gửi/);
  assert.doesNotMatch(mail.text, /Hello|Check your|activate/);
});

test('a received dossier read in English: its due date and the time left in English, the explanation marked as Vietnamese', async () => {
  const { submitted, step } = await import('../lib/office.mjs');
  const { staffLogin } = await import('../lib/account.mjs');
  const reception = await staffLogin(NGINX, 'tiepnhan@tuphap.kontum.demo');
  const d = await submitted();
  assert.equal((await step(reception, d, 'tiep-nhan')).status, 303);
  const vi = (await d.who.jar.get(NGINX, `/ho-so/${d.code}`)).body;
  assert.match(vi, /\d\d:\d\d (thứ (Hai|Ba|Tư|Năm|Sáu|Bảy)|Chủ nhật) \d\d\/\d\d\/\d{4}/, 'in Vietnamese first');
  assert.equal((await d.who.jar.get(NGINX, `/ngon-ngu/en?tiep=${encodeURIComponent(`/ho-so/${d.code}`)}`)).status, 303);
  const en = (await d.who.jar.get(NGINX, `/ho-so/${d.code}`)).body;
  assert.match(en, /<html lang="en">/);
  assert.match(en, /\d\d:\d\d (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) \d\d\/\d\d\/\d{4}/, 'the due date in English');
  // outside the stored explanation (Vietnamese, as on the notice)
  const rest = en.replace(/<p class="explain" lang="vi">[\s\S]*?<\/p>/, '');
  const left = /\d\d:\d\d (thứ (Hai|Ba|Tư|Năm|Sáu|Bảy)|Chủ nhật) \d\d\/\d\d\/\d{4}/.exec(rest);
  assert.equal(left, null, `no Vietnamese weekday left: ${left && rest.slice(left.index - 200, left.index + 60)}`);
  assert.match(en, /\d+ (working days?|hours?|minutes?)/, 'the time left in English');
  assert.ok(!/\d+ (ngày|giờ|phút)\b/.test(rest), 'no Vietnamese span outside the explanation');
  assert.match(en, /<p class="explain" lang="vi">/, 'the stored explanation marked as Vietnamese');
}, { timeout: 120000 });
