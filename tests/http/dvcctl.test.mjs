// dvcctl against the test database: migrations are idempotent, accounts
// are made without SQL, grants keep each responder to its tables.
import { test, assert } from '../lib/t.mjs';
import { spawn, spawnSync } from 'node:child_process';
import { BUILD, CONFIG, DB_SOCK, NGINX, sql, dbPassword, configWith } from '../lib/env.mjs';
import { get } from '../lib/http.mjs';

export const serial = "gives and takes a responder account's privileges by hand, to see migrate put them right";

function ctl(args, input, config = CONFIG) {
  return spawnSync(`${BUILD}/dvcctl`, ['-c', config, ...args], { encoding: 'utf8', input });
}

test('migrate twice: the second run applies nothing', () => {
  const r = ctl(['migrate']);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /\(0 migration mới\)/);
  const s = ctl(['migrate', '--status']);
  assert.match(s.stdout, /đã áp dụng\s+001-core\.sql/);
  assert.equal(sql('SELECT COUNT(*) FROM schema_migration')[0][0], String(s.stdout.match(/đã áp dụng/g).length));
});

function ctlAsync(args) {
  return new Promise((resolve) => {
    const p = spawn(`${BUILD}/dvcctl`, ['-c', CONFIG, ...args]);
    let stderr = '';
    p.stderr.on('data', (d) => { stderr += d; });
    p.stdout.resume();
    p.on('close', (status) => resolve({ status, stderr }));
  });
}

// What root sees the public account hold (SHOW GRANTS, one line each).
const publicGrants = () => sql("SHOW GRANTS FOR 'dvc_public'@'localhost'").map((r) => r[0]);

test('migrate while the portal serves: no request refused; a privilege given by hand is taken back, one taken is given back', async () => {
  const before = publicGrants();
  assert.ok(before.some((g) => /GRANT SELECT ON `dvc`\.`calendar_day`/.test(g)), before.join('\n'));
  // /_health reads the mail queue and the dossiers' statuses as the public
  // account, on a fresh connection each time: a moment without those
  // grants is a 503
  let stop = false, served = 0;
  const bad = [];
  const load = (async () => {
    while (!stop) {
      const r = await get(NGINX, '/_health');
      served++;
      if (r.status !== 200) bad.push(`${r.status} ${r.body}`);
    }
  })();
  // (spawned, not spawnSync: the requests go on meanwhile)
  for (let i = 0; i < 4; i++) {
    const r = await ctlAsync(['migrate']);
    assert.equal(r.status, 0, r.stderr);
  }
  stop = true;
  await load;
  assert.ok(served > 10, `${served} requests during the migrations`);
  assert.deepEqual(bad, [], 'no request refused while migrate ran');
  assert.deepEqual(publicGrants().sort(), before.slice().sort(), 'the same grants after');

  // drift: an extra privilege, a column one, and a missing one
  sql(`GRANT DELETE ON dvc.announcement TO 'dvc_public'@'localhost';
    GRANT UPDATE (title) ON dvc.announcement TO 'dvc_public'@'localhost';
    REVOKE SELECT ON dvc.calendar_day FROM 'dvc_public'@'localhost'`);
  try {
    assert.ok(publicGrants().some((g) => /DELETE/.test(g)));
    const r = ctl(['migrate']);
    assert.equal(r.status, 0, r.stderr);
  } finally {
    // whatever happened, the next files find the grants as the file says
    ctl(['migrate']);
  }
  assert.deepEqual(publicGrants().sort(), before.slice().sort(), 'the extra ones taken back, the missing one given back');
  // no staging account is left behind
  assert.deepEqual(sql("SELECT User FROM mysql.user WHERE User LIKE '%\\_next'"), []);
}, { timeout: 120000 });

test('every table has a primary key and uses InnoDB and utf8mb4', () => {
  const noPk = sql(`SELECT t.table_name FROM information_schema.tables t
    WHERE t.table_schema = 'dvc' AND NOT EXISTS (SELECT 1 FROM information_schema.table_constraints c
    WHERE c.table_schema = t.table_schema AND c.table_name = t.table_name AND c.constraint_type = 'PRIMARY KEY')`);
  assert.deepEqual(noPk, []);
  const bad = sql(`SELECT table_name, engine, table_collation FROM information_schema.tables
    WHERE table_schema = 'dvc' AND (engine <> 'InnoDB' OR table_collation NOT LIKE 'utf8mb4%')`);
  assert.deepEqual(bad, []);
});

test('user add: a staff account with roles, no SQL needed, hashed at the shipped cost', () => {
  const email = `canbo${Date.now()}@kontum.test`;
  // the stack's configuration lowers the hashing cost for speed: without
  // that line, etc/dvc.hdf's default applies, as in production
  const shipped = configWith('dvcctl-cost', { drop: ['Account.Argon2.MemoryKiB', 'Account.Argon2.Iterations'] });
  const r = ctl(['user', 'add', '--email', email, '--name', 'Đinh Thị Hoa', '--agency', '000.00.00.H34',
    '--role', 'reception,specialist', '--password-stdin'], 'một mật khẩu dài đủ mười hai\n', shipped);
  assert.equal(r.status, 0, r.stderr);
  const row = sql(`SELECT a.kind, a.full_name, a.status, a.password_hash,
    (SELECT GROUP_CONCAT(role ORDER BY role) FROM account_role WHERE account_id = a.id)
    FROM account a WHERE email = '${email}'`)[0];
  assert.equal(row[0], 'staff');
  assert.equal(row[1], 'Đinh Thị Hoa');
  assert.equal(row[2], 'active');
  assert.match(row[3], /^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/);
  assert.equal(row[4], 'reception,specialist');
  assert.ok(!row[3].includes('một mật khẩu'), 'the password is not stored');
  const list = ctl(['user', 'list', '--agency', '000.00.00.H34']);
  assert.match(list.stdout, new RegExp(email));
  const dup = ctl(['user', 'add', '--email', email, '--name', 'Khác', '--agency', '000.00.00.H34',
    '--role', 'leader', '--password-stdin'], 'một mật khẩu dài đủ mười hai\n');
  assert.equal(dup.status, 1);
  assert.match(dup.stderr, /đã có tài khoản/);
  const dis = ctl(['user', 'disable', email]);
  assert.equal(dis.status, 0);
  assert.equal(sql(`SELECT status FROM account WHERE email = '${email}'`)[0][0], 'disabled');
  const gen = ctl(['user', 'reset', email]);
  assert.equal(gen.status, 0);
  assert.match(gen.stdout, /mật khẩu \(chỉ hiện một lần\): \S{20}/);
});

test('user add refuses bad input with a clear message', () => {
  const cases = [
    [['--email', 'khong-hop-le', '--name', 'An', '--agency', '000.00.00.H34', '--role', 'leader'], /--email/],
    [['--email', 'a@b.vn', '--name', 'An 3', '--agency', '000.00.00.H34', '--role', 'leader'], /--name/],
    [['--email', 'a@b.vn', '--name', 'Lê An', '--agency', '000.00.00.H34', '--role', 'boss'], /vai trò không rõ/],
    [['--email', 'a@b.vn', '--name', 'Lê An', '--agency', '999.99.99.X99', '--role', 'leader', '--password-stdin'], /không có cơ quan/],
    [['--email', 'a@b.vn', '--name', 'Lê An', '--agency', '000.00.00.H34', '--role', 'leader', '--password-stdin'], /12 đến 128/],
  ];
  for (const [args, msg] of cases) {
    const input = args.includes('--agency') && args[args.indexOf('--agency') + 1].startsWith('999') ? 'mật khẩu đủ dài lắm rồi\n' : 'ngắn\n';
    const r = ctl(['user', 'add', ...args], input);
    assert.notEqual(r.status, 0, args.join(' '));
    assert.match(r.stderr, msg);
  }
  assert.equal(sql("SELECT COUNT(*) FROM account WHERE email = 'a@b.vn'")[0][0], '0');
});

test('least privilege: dvc_public reads announcements but not accounts, cannot change them', () => {
  const asPublic = (q) => spawnSync('mariadb', ['--no-defaults', '-S', DB_SOCK, '-u', 'dvc_public',
    `-p${dbPassword('public')}`, '-N', '-B', 'dvc', '-e', q], { encoding: 'utf8' });
  assert.equal(asPublic('SELECT COUNT(*) FROM announcement').status, 0);
  for (const q of ['SELECT * FROM account', 'SELECT password_hash FROM account', 'UPDATE announcement SET hidden = 1',
    'DELETE FROM feedback', 'SELECT body FROM feedback', 'DROP TABLE feedback', 'CREATE TABLE x (id INT PRIMARY KEY)']) {
    const r = asPublic(q);
    assert.notEqual(r.status, 0, `${q} must be denied`);
    assert.match(r.stderr, /denied/i);
  }
});

test('announce add/hide/show: what dvcctl publishes appears on the site', () => {
  const r = ctl(['announce', 'add', '--title', 'Thông báo kiểm thử dvcctl', '--body', 'Nội dung thông báo kiểm thử.']);
  assert.equal(r.status, 0, r.stderr);
  const id = r.stdout.match(/#(\d+)/)[1];
  assert.equal(sql(`SELECT hidden FROM announcement WHERE id = ${id}`)[0][0], '0');
  assert.equal(ctl(['announce', 'hide', id]).status, 0);
  assert.equal(sql(`SELECT hidden FROM announcement WHERE id = ${id}`)[0][0], '1');
  const bad = ctl(['announce', 'add', '--title', 'abc', '--body', 'ngắn']);
  assert.notEqual(bad.status, 0);
});
