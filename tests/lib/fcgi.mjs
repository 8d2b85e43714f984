// Black-box requests straight to a responder's FastCGI socket through
// cgi-fcgi (libfcgi-bin): no web server in between, so the tests control
// every CGI parameter, including ones nginx or Apache would never send.
import { spawn } from 'node:child_process';
import { PUBLIC_SOCK } from './env.mjs';

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
