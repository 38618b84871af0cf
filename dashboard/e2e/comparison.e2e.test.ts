import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, screenshot } from './browser';

const TABLE = 'Regionerna sida vid sida, 2017–2018';

describe('region comparison (start page)', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows the header: product name, main menu, search and language switch', async () => {
    page = await openPage(browser, '/');
    const header = page.getByRole('banner');
    await header.getByRole('link', { name: /ASF Atlas/ }).waitFor();
    expect(await header.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link').count()).toBeGreaterThanOrEqual(4);
    expect(await header.getByRole('searchbox', { name: 'Sök i atlasen' }).isVisible()).toBe(true);
    expect(await header.getByRole('button', { name: 'Switch to English' }).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Jämför regionerna');
  });

  it('compares the twelve funded regions in a table', async () => {
    const table = page.getByRole('table', { name: TABLE });
    await table.waitFor();
    expect(await table.getByRole('row').count()).toBe(1 + 12);
    expect(await table.getByRole('row', { name: /Örebro län/ }).count()).toBe(1);
    expect(await table.getByRole('row', { name: /Stockholms län/ }).count()).toBe(0);
  });

  it('shows funding that was not reported as "ej rapporterad", never 0, and marks the shared amount', async () => {
    const table = page.getByRole('table', { name: TABLE });
    const dalarna = table.getByRole('row', { name: /Dalarnas län/ });
    expect(await dalarna.getByRole('cell').nth(1).textContent()).toContain('ej rapporterad');
    const orebro = table.getByRole('row', { name: /Örebro län/ });
    expect(await orebro.getByRole('cell').nth(1).textContent()).toMatch(/^ca 54\s?mnkr†/);
    // the chart and the map of the chosen measure are there, each with a name
    expect(await page.getByRole('img', { name: 'Finansiering per län, 2017–2018', exact: true }).count()).toBe(1);
    expect(await page.getByRole('img', { name: 'Karta: Finansiering per län, 2017–2018', exact: true }).count()).toBe(1);
    await screenshot(page, 'comparison');
  });

  it('opens the sources of a figure in a side panel', async () => {
    const orebro = page.getByRole('table', { name: TABLE }).getByRole('row', { name: /Örebro län/ });
    await orebro.getByRole('button', { name: /54.*Visa källor/ }).click();
    const panel = page.getByRole('dialog', { name: 'Källor' });
    await panel.waitFor();
    expect(await panel.textContent()).toContain('Region Örebro län: Fler långt från arbetsmarknaden ska få jobb');
    expect(await panel.textContent()).toContain('cirka fyra miljoner kronor');
    await screenshot(page, 'comparison-sources');
    await panel.getByRole('button', { name: 'Stäng' }).click();
    await panel.waitFor({ state: 'hidden' });
  });

  it('downloads the whole table as CSV for Swedish Excel, with labels', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ladda ner CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('asf-atlas-regioner-2017-2018.csv');
    const csv = await readFile((await download.path())!, 'utf8');
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(lines).toHaveLength(1 + 12);
    expect(lines[0]).toMatch(/^Län;Folkmängd 2017;Finansiering \(kr\);Finansiering – anmärkning;Projekt;/);
    const orebro = lines.find((line) => line.startsWith('Örebro län;'));
    expect(orebro).toMatch(/^Örebro län;298907;54000000;/);
    expect(orebro).toContain('ungefärlig');
    expect(orebro).toContain('gemensamt för flera projekt');
    expect(lines.find((line) => line.startsWith('Dalarnas län;'))).toMatch(/^Dalarnas län;286165;ej rapporterad;/);
  });

  it('adds any county to the comparison and keeps the choice in the URL', async () => {
    await page.getByText('Län i jämförelsen').first().click();
    // the checkboxes follow the URL, so click and wait for the result rather than check()
    await page.getByRole('checkbox', { name: 'Stockholms län' }).click();
    const table = page.getByRole('table', { name: TABLE });
    await table.getByRole('row', { name: /Stockholms län/ }).waitFor();
    expect(await table.getByRole('row').count()).toBe(1 + 13);
    expect(new URL(page.url()).searchParams.get('regions')?.split(',')).toContain('01');
  });

  it('switches the interface to English in one click', async () => {
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Compare the regions' }).waitFor();
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.getByRole('button', { name: 'Download CSV' }).isVisible()).toBe(true);
    await screenshot(page, 'comparison-en');
    await page.close();
  });

  it('shows funding per inhabitant when asked, from a shared link', async () => {
    const perInhabitant = await openPage(browser, '/?per=inv&metric=projects');
    const table = perInhabitant.getByRole('table', { name: TABLE });
    await table.waitFor();
    expect(await table.getByRole('columnheader', { name: /Projekt \(per 100 000 invånare\)/ }).count()).toBe(1);
    expect(await perInhabitant.getByRole('radio', { name: 'Per invånare' }).isChecked()).toBe(true);
    await perInhabitant.close();
  });

  it('fits a 360 px wide screen without sideways scrolling', async () => {
    const narrow = await openPage(browser, '/', { width: 360, height: 800 });
    await narrow.getByRole('table', { name: TABLE }).waitFor();
    expect(await narrow.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await screenshot(narrow, 'comparison-360');
    await narrow.close();
  });
});
