#!/usr/bin/env node
// A local SMTP sink for the demo and the tests: accepts every message on
// 127.0.0.1 and keeps it as a file instead of sending it anywhere.
//
//   node tests/lib/smtp-sink.mjs PORT MAILDIR [PIDFILE]
//
// Each message becomes MAILDIR/<ms>-<n>.eml (the DATA as received, CRLF,
// dot-unstuffed) with MAILDIR/<ms>-<n>.json beside it ({from, rcpt, at});
// both are written under a temporary name and renamed, the .json last, so
// a reader that waits for the .json never sees half a message.
//
// Failing on purpose (the retry test): while MAILDIR/FAIL exists, RCPT TO
// gets "451 4.3.0 ..." and nothing is kept.
//
// Enough SMTP for msmtp and sendmail-like clients: EHLO (no STARTTLS, no
// AUTH), HELO, MAIL, RCPT, DATA, RSET, NOOP, QUIT. No dependencies.
import { createServer } from 'node:net';
import { existsSync, mkdirSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [port, maildir, pidfile] = process.argv.slice(2);
if (!port || !maildir) {
  process.stderr.write('usage: smtp-sink.mjs PORT MAILDIR [PIDFILE]\n');
  process.exit(2);
}
mkdirSync(maildir, { recursive: true });

const MAX_LINE = 4096;              // longer than SMTP's 1000, still bounded
const MAX_MESSAGE = 32 * 1024 * 1024;
let seq = 0;

function log(...a) {
  process.stdout.write(`${new Date().toISOString()} ${a.join(' ')}\n`);
}

function keep(from, rcpt, data) {
  const name = `${Date.now()}-${++seq}`;
  const tmp = join(maildir, `.${name}.tmp`);
  writeFileSync(tmp, data);
  renameSync(tmp, join(maildir, `${name}.eml`));
  writeFileSync(tmp, JSON.stringify({ from, rcpt, at: new Date().toISOString(), file: `${name}.eml` }) + '\n');
  renameSync(tmp, join(maildir, `${name}.json`));
  return name;
}

function session(sock) {
  let buf = Buffer.alloc(0);
  let from = null;
  let rcpt = [];
  let data = null;      // array of Buffers while in DATA
  let size = 0;
  const say = (line) => { if (!sock.destroyed) sock.write(`${line}\r\n`); };
  const reset = () => { from = null; rcpt = []; data = null; size = 0; };

  sock.setTimeout(60000, () => sock.destroy());
  sock.on('error', () => {});
  say('220 127.0.0.1 dvc smtp-sink ESMTP');

  function command(line) {
    const verb = line.slice(0, 4).toUpperCase();
    const arg = line.slice(4).trim();
    switch (verb) {
    case 'EHLO':
      reset();
      say('250-127.0.0.1 hello');
      say('250-8BITMIME');
      say(`250-SIZE ${MAX_MESSAGE}`);
      say('250 PIPELINING');
      break;
    case 'HELO':
      reset();
      say('250 127.0.0.1 hello');
      break;
    case 'MAIL': {
      const m = /^FROM:\s*<([^>]*)>/i.exec(arg);
      if (!m) { say('501 5.5.4 syntax: MAIL FROM:<address>'); break; }
      reset();
      from = m[1];
      say('250 2.1.0 ok');
      break;
    }
    case 'RCPT': {
      const m = /^TO:\s*<([^>]+)>/i.exec(arg);
      if (from === null) { say('503 5.5.1 MAIL first'); break; }
      if (!m) { say('501 5.5.4 syntax: RCPT TO:<address>'); break; }
      if (existsSync(join(maildir, 'FAIL'))) {
        say('451 4.3.0 smtp-sink: failing on purpose (FAIL file present)');
        break;
      }
      rcpt.push(m[1]);
      say('250 2.1.5 ok');
      break;
    }
    case 'DATA':
      if (rcpt.length === 0) { say('503 5.5.1 RCPT first'); break; }
      data = [];
      say('354 end with <CRLF>.<CRLF>');
      break;
    case 'RSET':
      reset();
      say('250 2.0.0 ok');
      break;
    case 'NOOP':
      say('250 2.0.0 ok');
      break;
    case 'QUIT':
      say('221 2.0.0 bye');
      sock.end();
      break;
    default:
      say('502 5.5.2 command not implemented');
    }
  }

  function dataLine(line) {
    if (line.length === 1 && line[0] === 0x2e) {          // "." alone: the end
      const body = Buffer.concat(data);
      const f = from;
      const r = rcpt;
      reset();
      if (size > MAX_MESSAGE) { say('552 5.3.4 message too big'); return; }
      if (existsSync(join(maildir, 'FAIL'))) {
        say('451 4.3.0 smtp-sink: failing on purpose (FAIL file present)');
        return;
      }
      const name = keep(f, r, body);
      log('kept', name, 'from', f, 'to', r.join(','));
      say(`250 2.0.0 ok ${name}`);
      return;
    }
    const l = line[0] === 0x2e ? line.subarray(1) : line;  // dot-unstuffing
    size += l.length + 2;
    if (size <= MAX_MESSAGE) data.push(l, Buffer.from('\r\n'));
  }

  sock.on('data', (chunk) => {
    buf = Buffer.concat([buf, chunk]);
    let i;
    while ((i = buf.indexOf(0x0a)) >= 0) {
      let line = buf.subarray(0, i);
      buf = buf.subarray(i + 1);
      if (line.length && line[line.length - 1] === 0x0d) line = line.subarray(0, line.length - 1);
      if (data !== null) dataLine(line);
      else command(line.toString('latin1'));
      if (sock.destroyed) return;
    }
    if (buf.length > MAX_LINE) {
      say('500 5.5.0 line too long');
      sock.destroy();
    }
  });
}

const server = createServer(session);
server.on('error', (e) => {
  process.stderr.write(`smtp-sink: ${e.message}\n`);
  process.exit(1);
});
server.listen(Number(port), '127.0.0.1', () => {
  if (pidfile) writeFileSync(pidfile, `${process.pid}\n`);
  log(`listening on 127.0.0.1:${port}, keeping mail in ${maildir}`);
});
function stop() {
  server.close();
  if (pidfile) try { unlinkSync(pidfile); } catch { /* already gone */ }
  process.exit(0);
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
