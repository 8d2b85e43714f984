// /_health for load balancers and /_metrics for Prometheus (dvc-public):
// every check named, no-store, nothing secret; the counters count what
// was served, and only the addresses in Metrics.Allow may read them.
import { test, assert } from '../lib/t.mjs';
import { get } from '../lib/http.mjs';
import { fcgi } from '../lib/fcgi.mjs';
import { NGINX, APACHE, RUN } from '../lib/env.mjs';

test('/_health: 200 with every check passed, not cached, through nginx and Apache', async () => {
  for (const base of [NGINX, APACHE]) {
    const r = await get(base, '/_health');
    assert.equal(r.status, 200, r.body);
    assert.match(r.headers['content-type'], /^text\/plain/);
    assert.match(r.headers['cache-control'], /no-store/);
    const lines = r.body.trim().split('\n');
    assert.equal(lines[0], 'status: ok');
    for (const check of ['db', 'store', 'quarantine', 'mail', 'catalogue'])
      assert.ok(lines.some((l) => l.startsWith(`${check}: ok`)), `${check} in ${r.body}`);
    assert.match(r.body, /catalogue: ok \(\d+ procedures\)/);
    assert.ok(!r.body.includes(RUN), 'no path in the answer');
  }
});

test('/_health is linked from no page', async () => {
  const home = await get(NGINX, '/');
  assert.ok(!home.body.includes('_health') && !home.body.includes('_metrics'));
});

test('/_metrics from an address not in Metrics.Allow: 404', async () => {
  // this file's requests come from 127.0.2.x; the stack allows 127.0.0.1
  const r = await get(NGINX, '/_metrics');
  assert.equal(r.status, 404);
  assert.ok(!r.body.includes('dvc_requests_total'));
});

test('/_metrics from an allowed address: the Prometheus text format, with the counts of what was served', async () => {
  const metrics = async () => {
    const r = await fcgi({ uri: '/_metrics', env: { REMOTE_ADDR: '127.0.0.1' } });
    assert.equal(r.status, 200, r.body);
    return r;
  };
  const value = (body, series) => {
    const line = body.split('\n').find((l) => l.startsWith(series + ' '));
    return line ? Number(line.slice(series.length + 1)) : 0;
  };
  const before = await metrics();
  assert.match(before.headers['content-type'], /^text\/plain; version=0\.0\.4/);
  for (const fam of ['dvc_requests_total counter', 'dvc_request_duration_seconds histogram',
    'dvc_db_errors_total counter', 'dvc_uploads_refused_total counter', 'dvc_up gauge',
    'dvc_mail_queue_messages gauge', 'dvc_mail_queue_oldest_seconds gauge', 'dvc_dossiers_waiting gauge'])
    assert.match(before.body, new RegExp(`^# TYPE ${fam}$`, 'm'));
  assert.match(before.body, /^dvc_up 1$/m);
  // every line is a comment or "name{labels} number"
  for (const l of before.body.trim().split('\n'))
    assert.match(l, /^(# (HELP|TYPE) .+|[a-z_]+(\{[^}]*\})? -?[0-9.e+]+)$/, l);
  const series = 'dvc_requests_total{responder="public",route="/co-quan/:code",status="404"}';
  const n0 = value(before.body, series);
  const c0 = value(before.body, 'dvc_request_duration_seconds_count{responder="public"}');
  for (let i = 0; i < 3; i++)
    assert.equal((await get(NGINX, `/co-quan/khong-co-${i}`)).status, 404);
  const after = await metrics();
  assert.equal(value(after.body, series), n0 + 3, 'three 404s of that route counted, whichever worker served them');
  assert.ok(value(after.body, 'dvc_request_duration_seconds_count{responder="public"}') >= c0 + 3);
  const inf = value(after.body, 'dvc_request_duration_seconds_bucket{responder="public",le="+Inf"}');
  assert.equal(inf, value(after.body, 'dvc_request_duration_seconds_count{responder="public"}'),
    'the +Inf bucket is the count');
  assert.ok(value(after.body, 'dvc_request_duration_seconds_bucket{responder="public",le="10"}') <= inf);
  // the other responders' files are read too
  assert.equal((await get(NGINX, '/tai-khoan/dang-nhap')).status, 200);
  const all = await metrics();
  assert.match(all.body, /^dvc_requests_total\{responder="account",route="\/tai-khoan\/dang-nhap",status="200"\} \d+$/m);
});

test('an upload refused for its size is counted by reason', async () => {
  const series = 'dvc_uploads_refused_total{responder="dossier",reason="too_large"}';
  const read = async () => {
    const r = await fcgi({ uri: '/_metrics', env: { REMOTE_ADDR: '127.0.0.1' } });
    const line = r.body.split('\n').find((l) => l.startsWith(series + ' '));
    return line ? Number(line.split(' ')[1]) : 0;
  };
  const n0 = await read();
  // over Upload.BodyMax: refused by the gate before a byte is read
  const r = await fcgi({ method: 'POST', uri: '/ho-so/nhap/1', sock: `${RUN}/sock/dossier.sock`,
    env: { CONTENT_TYPE: 'multipart/form-data; boundary=xyz', CONTENT_LENGTH: '62914561' } });
  assert.equal(r.status, 413);
  assert.equal(await read(), n0 + 1);
});
