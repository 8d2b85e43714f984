// core/db.c against the test MariaDB (tests/db/test_db.c, built by make
// check in the sanitizer build): each TAP line of it is checked here.
import { test } from '../lib/t.mjs';
import { tapProgram } from '../lib/env.mjs';

test('db module: values, NULLs, errors, transactions, deadlock retry, no server', () => {
  tapProgram('test_db', 35);
}, { timeout: 90000 });
