// Debian's chromium driven by playwright-core, and axe-core in the page.
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export async function launch() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync',
      // The tests' "agency site" is served by the browser itself while the
      // portal is on 127.0.0.1; in real life both are public sites, so the
      // browser's local-network guard (which would block the pair) is off.
      '--disable-features=LocalNetworkAccessChecks,BlockInsecurePrivateNetworkRequests,PrivateNetworkAccessRespectPreflightResults'],
  });
}

// Runs axe on the page (WCAG 2.0-2.2 A and AA rules); returns violations.
export async function axe(page) {
  // evaluated through the DevTools protocol, which the page's CSP does
  // not govern (a <script> tag would be refused, as it should be)
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const r = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
}

export function describeViolations(v) {
  return v.map((x) => `${x.id} (${x.impact}): ${x.help} @ ${x.nodes.join(', ')}`).join('\n');
}
