// The smallest test registry: a test file calls test(name, fn) at import;
// tests/run.mjs runs what each file registered, in order.
export const registry = [];

export function test(name, fn, opts = {}) {
  registry.push({ name, fn, timeout: opts.timeout ?? 60000 });
}

export { default as assert } from 'node:assert/strict';
