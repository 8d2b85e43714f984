// Dossier codes under concurrency: tests/db/test_dossier.c (built by make
// check in the sanitizer build) submits 10,000 drafts from 16 processes
// against the test MariaDB; each of its TAP lines is checked here.
import { test } from '../lib/t.mjs';
import { tapProgram } from '../lib/env.mjs';

test('10,000 concurrent submissions: 10,000 different codes, the day\'s numbers without gap or repeat', () => {
  tapProgram('test_dossier', 14, 600000);
}, { timeout: 620000 });
