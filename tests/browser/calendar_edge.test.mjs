// The officer sees a provisional due date (a year whose holidays are not
// confirmed) and the reception alert (a dossier waiting longer than
// Reception.MaxWaitHours) in a real browser: the queue, both dossier
// pages, axe-clean and fitting a 360 px phone. Moves the clock to the
// end of 2035 (no one confirms 2035): alone.
import { test, assert } from '../lib/t.mjs';
import { launch, clean, fitsPhone, click, staffPage } from '../lib/browser.mjs';
import { NGINX } from '../lib/env.mjs';
import { staffLogin } from '../lib/account.mjs';
import { submitted, step } from '../lib/office.mjs';
import { shiftClock, resetClock } from '../lib/clock.mjs';

export const serial = "moves the instance's clock";

const B = NGINX;
const shiftTo = (local) => shiftClock(Date.parse(`${local}:00+07:00`) / 1000 - Date.now() / 1000);

async function checked(page, what) {
  await clean(page, what);
  await fitsPhone(page, what);
}

test('reception sees the provisional due date and the dossier late to receive; axe-clean, 360 px', async () => {
  const browser = await launch();
  try {
    await shiftTo('2035-12-24T09:00'); // Monday
    const a = await submitted();
    const b = await submitted();
    assert.equal((await step(await staffLogin(B, 'tiepnhan@tuphap.kontum.demo'), a, 'tiep-nhan')).status, 303);
    await shiftTo('2035-12-26T10:00'); // b waited more than 8 working hours

    const page = await staffPage(browser, B, 'tiepnhan@tuphap.kontum.demo');
    await click(page, 'main a[href$="/can-bo/tiep-nhan"]');
    await page.click('details.filters-fold > summary'); // the filters fold away
    await page.fill('#q', a.code);
    await page.selectOption('#trang_thai', 'da-tiep-nhan');
    await click(page, 'form.filters button[type=submit]');
    assert.match(await page.textContent(`tr[data-code="${a.code}"]`), /tạm tính/);
    await checked(page, 'the queue with a provisional due date');
    await page.fill('#q', b.code);
    await page.selectOption('#trang_thai', 'moi');
    await click(page, 'form.filters button[type=submit]');
    assert.match(await page.textContent(`tr[data-code="${b.code}"]`), /Chờ tiếp nhận quá hạn/);
    await checked(page, 'the queue with a dossier late to receive');

    await click(page, `tr[data-code="${b.code}"] a`);
    assert.match(await page.textContent('#cho-tiep-nhan-qua-han'),
      /Chờ tiếp nhận quá hạn: đã quá 8 giờ làm việc kể từ khi nộp, phải tiếp nhận trước 09:0\d thứ Ba 25\/12\/2035\./);
    await checked(page, 'a dossier late to receive');

    await page.goto(`${B}/can-bo/ho-so/${a.code}`);
    assert.equal(await page.textContent('#han-tam-tinh'), 'tạm tính');
    assert.match(await page.textContent('#tam-tinh'), /Hạn tạm tính/);
    await page.click('details:has(p.explain) summary');
    assert.match(await page.textContent('details p.explain'),
      /Hạn tạm tính: ngày nghỉ lễ năm 2035 \((tính theo ngày nghỉ dự kiến trong lịch|lịch chưa có ngày nghỉ lễ nào, chỉ tính thứ Bảy, Chủ nhật)\) chưa được công bố chính thức\./);
    await checked(page, 'a dossier with a provisional due date');
  } finally {
    await browser.close();
    await resetClock();
  }
}, { timeout: 240000 });
