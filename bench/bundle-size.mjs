/**
 * `node bench/bundle-size.mjs [dist/apps/web/browser]`
 *
 * Reports what a first visit downloads before the app can start: the entry script, every chunk it
 * imports statically (the closure, not just the modulepreload hints), and the global styles, raw
 * and compressed as the server sends them (gzip and brotli, as Express' compression and most
 * proxies do). Lazy routes are listed apart. A report, not a gate: the Angular budgets are the gate.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dir = process.argv[2] ?? 'dist/apps/web/browser';
const html = readFileSync(join(dir, 'index.html'), 'utf8');
const entries = [...html.matchAll(/<script[^>]*\bsrc="([^"]+\.js)"/g)].map((m) => m[1]);
const styles = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+\.css)"/g)].map((m) => m[1]);

// Static imports only: `import{a}from"./chunk-X.js"` or `import"./chunk-X.js"`, never `import("./chunk-X.js")`.
const STATIC_IMPORT = /(?:^|[^\w$.])import\s*(?:[\w$*{][^"'()]*?from\s*)?["']\.\/([\w.-]+\.js)["']/g;
const initial = new Set();
const pending = [...entries];
while (pending.length > 0) {
  const file = pending.pop();
  if (initial.has(file)) continue;
  initial.add(file);
  for (const match of readFileSync(join(dir, file), 'utf8').matchAll(STATIC_IMPORT)) pending.push(match[1]);
}

const measure = (file) => {
  const bytes = readFileSync(join(dir, file));
  return {
    file,
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
};
const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
const sum = (rows, key) => rows.reduce((total, row) => total + row[key], 0);

const scripts = [...initial].map(measure);
const css = styles.map(measure);
const lazy = readdirSync(dir)
  .filter((f) => f.endsWith('.js') && !initial.has(f))
  .map(measure);

console.log(
  `Initial JavaScript (${scripts.length} files): raw ${kb(sum(scripts, 'raw'))}, ` +
    `transfer ${kb(sum(scripts, 'gzip'))} gzip / ${kb(sum(scripts, 'brotli'))} brotli`,
);
console.log(`Initial styles (${css.length} files): raw ${kb(sum(css, 'raw'))}, transfer ${kb(sum(css, 'gzip'))} gzip`);
console.log(
  `Lazy chunks (${lazy.length} files): raw ${kb(sum(lazy, 'raw'))}, largest ` +
    `${lazy
      .sort((a, b) => b.raw - a.raw)
      .slice(0, 3)
      .map((r) => `${r.file} ${kb(r.raw)} (${kb(r.gzip)} gzip)`)
      .join(', ')}`,
);
