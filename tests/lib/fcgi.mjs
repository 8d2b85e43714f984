// Black-box requests straight to a responder's FastCGI socket through
// cgi-fcgi (libfcgi-bin): no web server in between, so the tests control
// every CGI parameter, including ones nginx or Apache would never send.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUILD, PUBLIC_SOCK } from './env.mjs';

export function fcgi({ method = 'GET', uri = '/', body = null, env = {}, sock = PUBLIC_SOCK } = {}) {
  const [path, query = ''] = uri.split('?');
  const params = {
    GATEWAY_INTERFACE: 'CGI/1.1',
    SERVER_PROTOCOL: 'HTTP/1.1',
    SERVER_NAME: '127.0.0.1',
    SERVER_PORT: '80',
    REMOTE_ADDR: '127.0.0.9',
    REQUEST_METHOD: method,
    REQUEST_URI: uri,
    SCRIPT_NAME: '',
    PATH_INFO: path,
    QUERY_STRING: query,
    HTTP_HOST: '127.0.0.1',
    ...(body !== null ? { CONTENT_LENGTH: String(Buffer.byteLength(body)) } : {}),
    ...env,
  };
  for (const k of Object.keys(params)) if (params[k] === undefined) delete params[k];
  return new Promise((resolve, reject) => {
    // cgi-fcgi sends its own environment as the FastCGI parameters: give
    // it exactly the request's.
    const p = spawn('cgi-fcgi', ['-bind', '-connect', sock], { env: params });
    const out = [];
    const err = [];
    p.stdout.on('data', (c) => out.push(c));
    p.stderr.on('data', (c) => err.push(c));
    p.on('error', reject);
    // the responder may answer (413, 415...) without reading the body:
    // cgi-fcgi then closes its stdin, and writing more is no error here
    p.stdin.on('error', () => {});
    p.on('close', () => {
      const text = Buffer.concat(out).toString('utf8');
      const sep = text.indexOf('\r\n\r\n');
      if (sep < 0) return reject(new Error('no response from responder: ' + Buffer.concat(err).toString()));
      const headers = {};
      const multi = {};
      for (const line of text.slice(0, sep).split('\r\n')) {
        const i = line.indexOf(':');
        const k = line.slice(0, i).toLowerCase();
        const v = line.slice(i + 1).trim();
        (multi[k] ||= []).push(v);
        headers[k] = v;
      }
      const status = Number((headers.status || '200').split(' ')[0]);
      resolve({ status, headers, multi, body: text.slice(sep + 4) });
    });
    if (body !== null) p.stdin.write(body);
    p.stdin.end();
  });
}

// A responder of the test's own: BUILD/dvc-<name> on a socket of its own
// with the configuration given (tests/lib/env.mjs configWith), one worker,
// for what the stack's cannot show (another setting). stop() ends it.
export async function startResponder(name, config) {
  const dir = mkdtempSync(join(tmpdir(), `dvc-${name}-`));
  const sock = join(dir, 'fcgi.sock');
  const p = spawn(`${BUILD}/dvc-${name}`, ['-c', config, '-s', sock, '-w', '1'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  p.stderr.on('data', (d) => { err += d; });
  const exited = new Promise((resolve) => p.on('exit', resolve));
  for (let i = 0; i < 100 && !existsSync(sock) && p.exitCode === null; i++) await new Promise((r) => setTimeout(r, 100));
  if (!existsSync(sock)) throw new Error(`dvc-${name} did not start: ${err}`);
  return {
    sock,
    async stop() {
      p.kill('SIGTERM');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
