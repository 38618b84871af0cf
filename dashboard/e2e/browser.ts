import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

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

/** The served app, e.g. ATLAS_URL=http://localhost:4000 (the server) or http://localhost:5173 (vite). */
export function baseUrl(): string {
  const url = process.env.ATLAS_URL;
  if (!url) throw new Error('Set ATLAS_URL to the address of the served dashboard, e.g. ATLAS_URL=http://localhost:4000');
  return url;
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
  const page = await browser.newPage({ viewport: { width, height }, locale: 'sv-SE' });
  await page.goto(new URL(path, baseUrl()).href, { waitUntil: 'networkidle' });
  return page;
}

/** Saves a full-page screenshot as screenshots/<name>.png (git-ignored) and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENSHOTS_DIR, { recursive: true });
  const path = `${SCREENSHOTS_DIR}${name}.png`;
  await page.screenshot({ path, fullPage: true });
  return path;
}
