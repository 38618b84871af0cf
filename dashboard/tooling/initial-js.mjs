// The JavaScript the start page loads before anything else: the entry script and the chunks index.html
// preloads, gzipped (level 9). Shared by the build's budget check and the benchmark's report.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** @param {string} distDir the built dashboard @returns {{ script: string, kb: number }[]} */
export function initialScripts(distDir) {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  return [...html.matchAll(/<script[^>]+src="\/([^"]+\.js)"|<link[^>]+rel="modulepreload"[^>]+href="\/([^"]+\.js)"/g)].map((m) => {
    const script = m[1] ?? m[2] ?? '';
    return { script, kb: gzipSync(readFileSync(join(distDir, script)), { level: 9 }).length / 1024 };
  });
}
