// Prints the JavaScript the start page loads before anything else (the entry script and the chunks
// index.html preloads), gzipped, and fails when it is over the budget. Run after `vite build`.
import { fileURLToPath } from 'node:url';
import { initialScripts } from './initial-js.mjs';

const BUDGET_KB = 200;
let total = 0;
for (const { script, kb } of initialScripts(fileURLToPath(new URL('../dist/', import.meta.url)))) {
  total += kb;
  console.log(`${kb.toFixed(1).padStart(7)} kB  ${script}`);
}
console.log(`${total.toFixed(1).padStart(7)} kB  start page, initial JavaScript (gzip; budget ${BUDGET_KB} kB)`);
if (total > BUDGET_KB) {
  console.error(`The start page's initial JavaScript is over the budget of ${BUDGET_KB} kB gzip.`);
  process.exit(1);
}
