// The transition table, row by row: tests/db/test_transitions.c (built by
// make check in the sanitizer build) is generated from wf_table and drives
// every row against the test MariaDB: each allowed role succeeds from each
// status and step the row starts from, every other role and agency is
// refused and audited, every other status is a 409, each declared input
// left out is refused, two officers at once give one winner. A row it
// cannot reach or fill fails it. Each of its TAP lines is checked here.
import { test } from '../lib/t.mjs';
import { tapProgram } from '../lib/env.mjs';

test('every row of the transition table driven: roles, agencies, statuses, inputs, races', () => {
  tapProgram('test_transitions', 1000, 300000);
}, { timeout: 310000 });
