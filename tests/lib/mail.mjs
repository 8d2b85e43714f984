// Reading what the SMTP sink (tests/lib/smtp-sink.mjs) kept: the
// envelopes, the messages, their headers and MIME parts.
import { readdirSync, readFileSync } from 'node:fs';
import assert from 'node:assert/strict';
import { MAILDIR } from './env.mjs';

// Every message the sink kept for addr: { eml text, envelope }.
export function delivered(addr) {
  return readdirSync(MAILDIR).filter((f) => f.endsWith('.json')).sort()
    .map((f) => JSON.parse(readFileSync(`${MAILDIR}/${f}`, 'utf8')))
    .filter((env) => env.rcpt.includes(addr))
    .map((env) => ({ env, text: readFileSync(`${MAILDIR}/${env.file}`, 'utf8') }));
}

// Header fields, unfolded, by lower-case name (the last of each).
export function parseHeaders(block) {
  const h = {};
  for (const line of block.replace(/\r\n[ \t]/g, ' ').split('\r\n')) {
    const i = line.indexOf(':');
    assert.ok(i > 0, `header line without a colon: ${JSON.stringify(line)}`);
    h[line.slice(0, i).toLowerCase()] = line.slice(i + 1).trim();
  }
  return h;
}

// RFC 2047: each encoded-word decoded on its own (so a word that split a
// character shows as U+FFFD), whitespace between adjacent words dropped.
export function decodeWords(v) {
  return v.replace(/\?=\s+=\?/g, '?==?').replace(/=\?UTF-8\?B\?([A-Za-z0-9+/=]*)\?=/gi,
    (_, b) => Buffer.from(b, 'base64').toString('utf8'));
}

export function parseMessage(text) {
  const cut = text.indexOf('\r\n\r\n');
  assert.ok(cut > 0, 'headers end with an empty line');
  const headers = parseHeaders(text.slice(0, cut));
  const body = text.slice(cut + 4);
  const bm = /boundary="([^"]+)"/.exec(headers['content-type'] || '');
  assert.ok(bm, `multipart boundary in ${headers['content-type']}`);
  const chunks = body.split(`--${bm[1]}`);
  assert.match(chunks[chunks.length - 1], /^--/, 'closing boundary');
  const parts = chunks.slice(1, -1).map((c) => {
    const p = c.replace(/^\r\n/, '');
    const e = p.indexOf('\r\n\r\n');
    const ph = parseHeaders(p.slice(0, e));
    const raw = p.slice(e + 4).replace(/\r\n$/, '');
    for (const l of raw.split('\r\n')) assert.ok(l.length <= 76, `base64 line of ${l.length}`);
    assert.match(raw, /^[A-Za-z0-9+/=\r\n]*$/, 'base64 only');
    return { headers: ph, text: Buffer.from(raw.replace(/\r\n/g, ''), 'base64').toString('utf8') };
  });
  return { headers, parts };
}

