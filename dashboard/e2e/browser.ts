import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { inject } from 'vitest';

// Debian's Chromium (apt-get install chromium); playwright-core brings no browser of its own.
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
];

export const SCREENSHOTS_DIR = fileURLToPath(new URL('../screenshots/', import.meta.url));

/** The served app: the server e2e/global-setup.ts started, or ATLAS_URL. */
export function baseUrl(): string {
  return inject('atlasUrl');
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

export interface OpenOptions {
  width?: number;
  height?: number;
}

/** Opens a path of the app in a fresh page and waits until the network is quiet. */
export async function openPage(browser: Browser, path = '/', { width = 1280, height = 800 }: OpenOptions = {}): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height }, locale: 'sv-SE', acceptDownloads: true });
  await page.goto(new URL(path, baseUrl()).href, { waitUntil: 'networkidle' });
  return page;
}

/** Saves a full-page screenshot as screenshots/<name>.png (git-ignored) and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENSHOTS_DIR, { recursive: true });
  const path = `${SCREENSHOTS_DIR}${name}.png`;
  // let a chart's layout settle
  await page.waitForTimeout(600);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** Runs a GraphQL query against the served API (for ids the tests need). */
export async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(new URL('/graphql', baseUrl()), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (!body.data) throw new Error(`GraphQL error: ${JSON.stringify(body.errors)}`);
  return body.data;
}
