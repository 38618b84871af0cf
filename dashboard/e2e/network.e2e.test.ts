import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, launchBrowser, openPage, screenshot } from './browser';

describe('network explorer', () => {
  let browser: Browser;
  let regionOrebroLan: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    const data = await gql<{ organisation: { id: string } }>('{ organisation(slug: "region-orebro-lan") { id } }');
    regionOrebroLan = data.organisation.id;
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('the network around Region Örebro län shows Partnerskap för sociala innovationer', async () => {
    const page = await openPage(browser, `/network?around=${encodeURIComponent(regionOrebroLan)}`);
    await page.getByRole('img', { name: 'Nätverket kring Region Örebro län' }).waitFor();
    const partnership = page.getByRole('button', { name: 'Partnerskap för sociala innovationer' }).first();
    await partnership.click();
    const panel = page.getByRole('complementary', { name: 'Partnerskap för sociala innovationer' });
    await panel.waitFor();
    expect(await panel.getByRole('link', { name: 'Öppna sidan' }).getAttribute('href')).toBe(
      '/partnerships/partnerskap-for-sociala-innovationer',
    );
    await screenshot(page, 'network');
    await panel.getByRole('button', { name: 'Centrera här' }).click();
    await page.getByRole('img', { name: 'Nätverket kring Partnerskap för sociala innovationer' }).waitFor();
    expect(new URL(page.url()).searchParams.get('around')).not.toBe(regionOrebroLan);
    await page.close();
  });

  it('filters by depth and node kind, and keeps the filters in the URL', async () => {
    const page = await openPage(browser, `/network?around=${encodeURIComponent(regionOrebroLan)}`);
    const nodeList = page.getByRole('complementary');
    await nodeList.getByText('Händelse', { exact: true }).first().waitFor();
    // the controls follow the URL, so click and wait for the result rather than check()
    await page.getByRole('radio', { name: '2 steg' }).click();
    await page.getByRole('status').filter({ hasText: 'inom 2 steg' }).waitFor();
    await page.getByText('Filtrera noder och kopplingar').click();
    await page.getByRole('checkbox', { name: 'Händelse', exact: true }).click();
    await page.waitForURL(/nodes=/);
    const url = new URL(page.url());
    expect(url.searchParams.get('depth')).toBe('2');
    expect(url.searchParams.get('nodes')).toBe('ORGANISATION,PARTNERSHIP,PROJECT,REGION');
    await expect.poll(() => nodeList.getByText('Händelse', { exact: true }).count()).toBe(0);
    await page.close();
  });

  it('finds how Miljövårdscentrum and Hällefors kommun are connected, each step explained', async () => {
    const page = await openPage(browser, '/network');
    const from = page.getByRole('combobox', { name: 'Från (A)' });
    await from.fill('miljovard');
    await page.getByRole('option', { name: /Miljövårdscentrum/ }).click();
    const to = page.getByRole('combobox', { name: 'Till (B)' });
    await to.fill('hällefors kommun');
    await page.getByRole('option', { name: /Hällefors kommun/ }).click();
    const path = page.getByRole('list', { name: 'Väg 1' });
    await path.waitFor();
    expect(await path.textContent()).toContain('Miljövårdscentrum ligger i Örebro län');
    expect(await path.textContent()).toContain('Hällefors kommun');
    await screenshot(page, 'network-path');
    await page.getByRole('button', { name: /Visa i nätverket/ }).click();
    await page.getByRole('img', { name: 'Nätverket kring Miljövårdscentrum' }).waitFor();
    await page.getByRole('complementary', { name: 'Hällefors kommun' }).waitFor();
    await page.close();
  });
});
