import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { inject } from 'vitest';
import type { Account, Accounts } from './accounts';

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

/** The accounts global-setup made (null against ATLAS_URL without an admin: the editing tests skip). */
export function accounts(): Accounts | null {
  return inject('atlasAccounts');
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

/**
 * Saves a full-page screenshot as screenshots/<name>.png (git-ignored) and returns its path. With
 * `fullPage: false`, only what is in view (an open panel, which is fixed to the window).
 */
export async function screenshot(page: Page, name: string, { fullPage = true }: { fullPage?: boolean } = {}): Promise<string> {
  await mkdir(SCREENSHOTS_DIR, { recursive: true });
  const path = `${SCREENSHOTS_DIR}${name}.png`;
  // let a chart's layout settle
  await page.waitForTimeout(600);
  await page.screenshot({ path, fullPage });
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

/**
 * A fresh page signed in as `account` (through the API, in the page's own cookie jar, as the sign-in
 * page would), then opened at `path`. The sign-in page itself is tested on its own.
 */
export async function openSignedIn(
  browser: Browser,
  account: Account,
  path = '/',
  { width = 1280, height = 800 }: OpenOptions = {},
): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height }, locale: 'sv-SE', acceptDownloads: true });
  const response = await page.request.post(new URL('/graphql', baseUrl()).href, {
    headers: { 'content-type': 'application/json' },
    data: {
      query: 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { expiresAt } }',
      variables: { e: account.email, p: account.password },
    },
  });
  const body = (await response.json()) as { errors?: unknown };
  if (body.errors) throw new Error(`sign-in failed: ${JSON.stringify(body.errors)}`);
  await page.goto(new URL(path, baseUrl()).href, { waitUntil: 'networkidle' });
  return page;
}
