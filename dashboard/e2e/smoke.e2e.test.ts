import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, screenshot } from './browser';

describe('start page', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows the header: product name, main menu, search and language switch', async () => {
    const page = await openPage(browser, '/');
    const header = page.getByRole('banner');

    await header.getByRole('link', { name: /ASF Atlas/ }).waitFor();
    expect(await header.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link').count()).toBeGreaterThanOrEqual(4);
    expect(await header.getByRole('searchbox', { name: 'Sök i atlasen' }).isVisible()).toBe(true);
    expect(await header.getByRole('button', { name: 'Switch to English' }).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Jämför regionerna');

    await screenshot(page, 'start');
    await page.close();
  });
});
