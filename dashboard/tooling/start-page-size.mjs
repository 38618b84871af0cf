// Prints the JavaScript the start page loads before anything else (the entry script and the chunks
// index.html preloads), gzipped, and fails when it is over the budget. Run after `vite build`.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 200;
const dist = new URL('../dist/', import.meta.url);
const html = readFileSync(new URL('index.html', dist), 'utf8');
const scripts = [...html.matchAll(/<script[^>]+src="\/([^"]+\.js)"|<link[^>]+rel="modulepreload"[^>]+href="\/([^"]+\.js)"/g)].map(
  (match) => match[1] ?? match[2] ?? '',
);

let total = 0;
for (const script of scripts) {
  const size = gzipSync(readFileSync(new URL(script, dist)), { level: 9 }).length / 1024;
  total += size;
  console.log(`${size.toFixed(1).padStart(7)} kB  ${script}`);
}
console.log(`${total.toFixed(1).padStart(7)} kB  start page, initial JavaScript (gzip; budget ${BUDGET_KB} kB)`);
if (total > BUDGET_KB) {
  console.error(`The start page's initial JavaScript is over the budget of ${BUDGET_KB} kB gzip.`);
  process.exit(1);
}
