// The route tables of every responder, read from their source the way
// tests/unit/tpl-list.awk reads the template tables: each
// `static const struct route routes[] = { ... };` in cgi/pages/*.c, with
// the tables' macros (OFFICE_*_ROUTES in cgi/pages/*.h, any other
// included the same way) expanded, and each entry's methods, pattern,
// flags and roles evaluated from the #defines of cgi/core/request.h and
// the pages (ROLE_BIT, ROLES_*, RF_*, a responder's own ADMIN_ROLES...).
// A route added to any table, by anyone, is in the list; an entry this
// reader cannot evaluate throws, rather than being skipped.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const stripComments = (s) => s.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/\/\/[^\n]*/g, ' ');

// Object-like #defines of the files, continuation lines joined.
function defines(texts) {
  const d = new Map();
  for (const t of texts) {
    const joined = stripComments(t).replace(/\\\r?\n/g, ' ');
    for (const m of joined.matchAll(/^[ \t]*#[ \t]*define[ \t]+([A-Za-z_]\w*)(?!\()[ \t]*(.*)$/gm)) {
      d.set(m[1], m[2].trim());
    }
  }
  return d;
}

// Splits s at its top-level commas (not inside (), {} or a string).
function splitTop(s) {
  const out = [];
  let depth = 0;
  let cur = '';
  let str = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (str) {
      cur += c;
      if (c === '\\') { cur += s[++i]; continue; }
      if (c === '"') str = false;
      continue;
    }
    if (c === '"') { str = true; cur += c; continue; }
    if ('({['.includes(c)) depth++;
    if (')}]'.includes(c)) depth--;
    if (c === ',' && depth === 0) { out.push(cur.trim()); cur = ''; continue; }
    cur += c;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}

// The {...} groups at the top level of a table's body.
function entries(body) {
  const out = [];
  let depth = 0;
  let start = -1;
  let str = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (str) { if (c === '\\') i++; else if (c === '"') str = false; continue; }
    if (c === '"') { str = true; continue; }
    if (c === '{') { if (depth === 0) start = i; depth++; }
    if (c === '}') { depth--; if (depth === 0) out.push(body.slice(start + 1, i)); }
  }
  return out;
}

// The value of a C integer expression of the defines: ROLE_BIT(x), the
// enum role's names, macros, hex and decimal numbers, | & - + << ( ).
function evaluate(expr, defs, enums, seen = new Set()) {
  let e = expr.replace(/\bROLE_BIT\s*\(\s*(\w+)\s*\)/g, '(1 << ($1))');
  e = e.replace(/\b[A-Za-z_]\w*\b/g, (name) => {
    if (enums.has(name)) return String(enums.get(name));
    if (defs.has(name)) {
      if (seen.has(name)) throw new Error(`recursive macro ${name}`);
      return `(${evaluate(defs.get(name), defs, enums, new Set([...seen, name]))})`;
    }
    if (/^\d/.test(name)) return name;
    throw new Error(`unknown name ${name} in ${expr}`);
  }).replace(/\b(0x[0-9a-fA-F]+|\d+)[uUlL]*\b/g, '$1');
  if (!/^[\s\d()|&+\-<>xa-fA-F]*$/.test(e)) throw new Error(`not an integer expression: ${expr}`);
  // eslint-disable-next-line no-new-func
  return Number(Function(`"use strict"; return (${e});`)());
}

export function routeTables(root) {
  const dir = join(root, 'cgi/pages');
  const files = readdirSync(dir).filter((f) => /\.[ch]$/.test(f)).sort();
  const texts = files.map((f) => readFileSync(join(dir, f), 'utf8'));
  const request = readFileSync(join(root, 'cgi/core/request.h'), 'utf8');
  const defs = defines([request, ...texts]);
  // enum role { ROLE_RECEPTION, ... ROLE__MAX }, in order
  const roleEnum = stripComments(request).match(/enum role\s*\{([^}]*)\}/)[1]
    .split(',').map((x) => x.trim()).filter((x) => x);
  const enums = new Map(roleEnum.map((n, i) => [n, i]));
  const roleNames = roleEnum.filter((n) => n !== 'ROLE__MAX').map((n) => n.replace(/^ROLE_/, '').toLowerCase());
  const M = { M_GET: evaluate('M_GET', defs, enums), M_POST: evaluate('M_POST', defs, enums) };
  const routes = [];
  files.forEach((f, k) => {
    if (!f.endsWith('.c')) return;
    const src = stripComments(texts[k]);
    const t = src.match(/static const struct route routes\[\]\s*=\s*\{([\s\S]*?)\n\};/);
    if (!t) return;
    // the table's macros (a line that is a defined name) expanded
    let body = t[1];
    for (let i = 0; i < 5; i++) {
      body = body.replace(/^[ \t]*([A-Z][A-Z0-9_]*)[ \t]*$/gm, (line, name) => {
        if (!defs.has(name)) throw new Error(`${f}: ${name} in the route table is not a macro this reader knows`);
        return defs.get(name);
      });
    }
    for (const e of entries(body)) {
      const parts = splitTop(e);
      if (parts.length < 6 || !/^"/.test(parts[1])) throw new Error(`${f}: not a route entry: {${e}}`);
      const methods = evaluate(parts[0], defs, enums);
      const roles = evaluate(parts[parts.length - 1], defs, enums);
      const flags = evaluate(parts[3], defs, enums);
      routes.push({
        file: f,
        methods: [...(methods & M.M_GET ? ['GET'] : []), ...(methods & M.M_POST ? ['POST'] : [])],
        pattern: JSON.parse(parts[1]),
        handler: parts[2],
        flags,
        flagNames: [...defs.keys()].filter((n) => /^RF_[A-Z]+$/.test(n) && n !== 'RF__KNOWN' &&
          (flags & evaluate(n, defs, enums))),
        roles: roleNames.filter((_, i) => roles & (1 << i)),
      });
    }
  });
  if (routes.length === 0) throw new Error('no route table found');
  return { routes, roleNames };
}
