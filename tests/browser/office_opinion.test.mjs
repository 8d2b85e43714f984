// Inter-agency opinions in a real browser: the lead agency's specialist
// asks a coordinating agency from the dossier page; that agency's
// specialist finds it from the staff home and the queue, reads it and
// answers with a file; the lead reads the reply and downloads the file.
// Every page of the way is axe-clean and fits a 360 px phone (the pages
// carry no script: plain forms).
import { readFileSync } from 'node:fs';
import { test, assert } from '../lib/t.mjs';
import { launch, clean, fitsPhone, click, staffPage } from '../lib/browser.mjs';
import { NGINX, sql } from '../lib/env.mjs';
import { staffLogin } from '../lib/account.mjs';
import { L3, fixture, processing, staffLike } from '../lib/office.mjs';

const B = NGINX;
const CONSULTED = '000.00.06.H34';

async function checked(page, what) {
  await clean(page, what);
  await fitsPhone(page, what);
}

test('opinions: ask, the consulted agency answers with a file, the lead downloads it; axe-clean, 360 px', async () => {
  const browser = await launch();
  staffLike('chuyenvien@phoihop.kontum.demo', 'specialist', CONSULTED);
  sql(`INSERT IGNORE INTO proc_agency (proc_id, agency_id, role)
    SELECT p.id, a.id, 'coordinating' FROM proc p, agency a WHERE p.code = '${L3}' AND a.code = '${CONSULTED}'`);
  const d = await processing(await staffLogin(B, 'tiepnhan@tuphap.kontum.demo'));

  const lead = await staffPage(browser, B, 'chuyenvien@tuphap.kontum.demo');
  await lead.goto(`${B}/can-bo/ho-so/${d.code}`);
  await checked(lead, 'dossier page with the ask form');
  await lead.selectOption('#co_quan', CONSULTED);
  await lead.fill('#so_ngay', '4');
  await lead.fill('#cau_hoi', 'Đề nghị Sở cho ý kiến về nguồn vốn của dự án.');
  await click(lead, '#xin-y-kien button[type=submit]');
  assert.match(await lead.textContent('#y-kien'), /Đã gửi yêu cầu xin ý kiến/);
  assert.match(await lead.textContent('#y-kien'), /Chờ trả lời/);
  await checked(lead, 'dossier page after asking');

  const other = await staffPage(browser, B, 'chuyenvien@phoihop.kontum.demo');
  await click(other, 'main a[href$="/can-bo/y-kien"]');
  await checked(other, 'the consulted agency\'s queue');
  await click(other, `main a:has-text("${d.code}")`);
  assert.match(await other.textContent('#cau-hoi'), /nguồn vốn/);
  await checked(other, 'the request with the reply form');
  await other.fill('#tra_loi', 'Sở thống nhất, nguồn vốn đã được bố trí.');
  await other.setInputFiles('#tep', [{ name: 'công văn.pdf', mimeType: 'application/pdf', buffer: fixture('ok.pdf') }]);
  await click(other, '#tra-loi button[type=submit]');
  assert.match(await other.textContent('main .alert-ok'), /Đã gửi ý kiến trả lời/);
  await checked(other, 'the request after the answer');

  await lead.goto(`${B}/can-bo/ho-so/${d.code}`);
  assert.match(await lead.textContent('#y-kien'), /nguồn vốn đã được bố trí/);
  const [dl] = await Promise.all([lead.waitForEvent('download'), lead.click('#y-kien a:has-text("công văn.pdf")')]);
  assert.deepEqual(readFileSync(await dl.path()), fixture('ok.pdf'), 'the reply\'s file');
  await checked(lead, 'dossier page with the reply');
  await browser.close();
}, { timeout: 240000 });
