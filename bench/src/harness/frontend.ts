import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { initialScripts } from '../../../dashboard/tooling/initial-js.mjs';
import { repoRoot } from '../paths.js';

export const dashboardDist = join(repoRoot, 'dashboard', 'dist');
// Debian's Chromium (apt-get install chromium); playwright-core brings no browser of its own.
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'];

export interface FrontendResult {
  /** The start page's initial JavaScript (entry + preloaded chunks), gzip level 9, kB: as the dashboard build reports it. */
  initialJsKb: number | null;
  /** Largest Contentful Paint of `/`, one cold browser context per run (ms). */
  lcpRunsMs: number[];
  lcpMedianMs: number | null;
  note?: string;
}

/** The start page's initial JavaScript in kB (gzip), by the dashboard build's own rule; null when not built. */
export function initialJsKb(dist = dashboardDist): number | null {
  if (!existsSync(join(dist, 'index.html'))) return null;
  const total = initialScripts(dist).reduce((sum, s) => sum + s.kb, 0);
  return Math.round(total * 10) / 10;
}

/**
 * Largest Contentful Paint of the start page in headless Chromium on localhost: a fresh context per run
 * (cold cache), wait for the network to go idle (the page's GraphQL data has arrived), then read the
 * last buffered `largest-contentful-paint` entry.
 */
export async function measureFrontend(baseUrl: string, runs: number): Promise<FrontendResult> {
  const kb = initialJsKb();
  if (kb === null) return { initialJsKb: null, lcpRunsMs: [], lcpMedianMs: null, note: 'dashboard not built (pnpm build)' };
  if (!existsSync(CHROMIUM)) return { initialJsKb: kb, lcpRunsMs: [], lcpMedianMs: null, note: `no browser at ${CHROMIUM}` };
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const lcp: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.goto(baseUrl, { waitUntil: 'networkidle', timeout: 30_000 });
      // Runs in the page (browser types are not in this package's lib: the entry type is cast).
      const ms = await page.evaluate(
        () =>
          new Promise<number | null>((resolve) => {
            new PerformanceObserver((list) => {
              const entries = list.getEntries();
              resolve(entries.length ? entries[entries.length - 1]!.startTime : null);
            }).observe({ type: 'largest-contentful-paint' as 'mark', buffered: true });
            setTimeout(() => resolve(null), 2000);
          }),
      );
      if (ms !== null) lcp.push(Math.round(ms));
      await context.close();
    }
  } finally {
    await browser.close();
  }
  const sorted = [...lcp].sort((a, b) => a - b);
  return { initialJsKb: kb, lcpRunsMs: lcp, lcpMedianMs: sorted[Math.floor(sorted.length / 2)] ?? null };
}
