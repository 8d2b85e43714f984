// The database tests (tests/db, built by make check): core/db.c and the
// domain under concurrency against the test MariaDB; each TAP line of
// each program is checked here. (tests/db/test_dossier.c runs from
// dossier_code.test.mjs, alone.)
import { test } from '../lib/t.mjs';
import { tapProgram } from '../lib/env.mjs';

test('db module: values, NULLs, errors, transactions, deadlock retry, no server', () => {
  tapProgram('test_db', 35);
}, { timeout: 90000 });

test('opinions under concurrency (tests/db/test_opinion.c): one request per form, one pending per agency, one answer', () => {
  tapProgram('test_opinion', 12, 120000);
}, { timeout: 130000 });
