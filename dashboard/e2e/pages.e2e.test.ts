import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, screenshot } from './browser';

describe('record pages', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('the All in project shows its targets: at most 648 participants, at least half women, 390 into work', async () => {
    const page = await openPage(browser, '/projects/all-in');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('All in');
    const outcomes = page.getByRole('table', { name: 'Mål och utfall för All in' });
    await outcomes.waitFor();
    expect(await outcomes.getByRole('row', { name: /^Deltagare/ }).textContent()).toContain('högst 648');
    expect(await outcomes.getByRole('row', { name: /Kvinnor bland deltagarna/ }).textContent()).toContain('minst hälften av deltagarna');
    const intoWork = outcomes.getByRole('row', { name: /Personer i arbete/ });
    expect(await intoWork.getByRole('cell').nth(0).textContent()).toMatch(/^390/);
    // no actual figure is reported: it reads "ej rapporterad", not 0
    expect(await intoWork.getByRole('cell').nth(1).textContent()).toBe('ej rapporterad');
    const funding = page.getByRole('table', { name: 'Finansiering av All in' });
    expect(await funding.textContent()).toMatch(/50\smnkr/);
    expect(await page.getByRole('link', { name: 'Hällefors kommun' }).count()).toBeGreaterThan(0);
    await screenshot(page, 'project');
    await page.close();
  });

  it('a region page shows its funding over time, projects and enterprises', async () => {
    const page = await openPage(browser, '/regions/18');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Örebro län');
    const perYear = page.getByRole('table', { name: 'Finansiering per år, Örebro län' });
    await perYear.waitFor();
    expect(await perYear.getByRole('row', { name: /^2017/ }).textContent()).toContain('ca 4');
    expect(await page.getByRole('img', { name: 'Beviljade medel per år, Örebro län' }).count()).toBe(1);
    expect(await page.getByRole('link', { name: 'All in' }).count()).toBeGreaterThan(0);
    expect(await page.getByRole('link', { name: 'Miljövårdscentrum' }).count()).toBe(1);
    await screenshot(page, 'region');
    await page.close();
  });

  it('an organisation page shows its projects, memberships and events', async () => {
    const page = await openPage(browser, '/organisations/region-orebro-lan');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Region Örebro län');
    expect(await page.getByRole('link', { name: 'Partnerskap för sociala innovationer' }).count()).toBe(1);
    expect(await page.getByRole('link', { name: 'RaiSE' }).count()).toBeGreaterThan(0);
    expect(await page.getByText('RaiSE-studiebesök i Örebro län').first().isVisible()).toBe(true);
    await screenshot(page, 'organisation');
    await page.close();
  });

  it('a social enterprise without a reported profile says so', async () => {
    const page = await openPage(browser, '/organisations/miljovardscentrum');
    const profile = page.getByRole('region', { name: 'Profil som socialt företag' });
    expect(await profile.textContent()).toContain('ej rapporterad');
    await page.close();
  });

  it('a partnership page shows its members with roles and the sizes the sources state', async () => {
    const page = await openPage(browser, '/partnerships/partnerskap-for-sociala-innovationer');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Partnerskap för sociala innovationer');
    expect(await page.getByText('nästan 30 organisationer').first().isVisible()).toBe(true);
    const members = page.getByRole('table', { name: 'Kända medlemmar i Partnerskap för sociala innovationer' });
    expect(await members.getByRole('row', { name: /Cesam/ }).textContent()).toContain('Samordnare');
    await screenshot(page, 'partnership');
    await page.close();
  });

  it('the enterprise directory lists the social enterprises and filters them by name or line of business', async () => {
    const page = await openPage(browser, '/enterprises');
    const table = page.getByRole('table', { name: 'Arbetsintegrerande sociala företag' });
    await table.waitFor();
    expect(await table.getByRole('row').count()).toBe(1 + 8);
    await screenshot(page, 'enterprises');
    await page.getByRole('searchbox', { name: 'Namn eller verksamhet' }).fill('forening');
    await table.getByRole('row', { name: /Mohass/ }).waitFor({ state: 'detached' });
    expect(await table.getByRole('row').count()).toBe(1 + 2);
    expect(new URL(page.url()).searchParams.get('q')).toBe('forening');
    await page.close();
  });

  it('search from the header finds Hällefors without the diacritics', async () => {
    const page = await openPage(browser, '/');
    await page.getByRole('banner').getByRole('searchbox', { name: 'Sök i atlasen' }).fill('hallefors');
    await page.getByRole('banner').getByRole('button', { name: 'Sök' }).click();
    await page.getByRole('heading', { level: 1, name: 'Träffar för ”hallefors”' }).waitFor();
    await page.getByRole('link', { name: 'Hällefors kommun' }).waitFor();
    expect(new URL(page.url()).searchParams.get('q')).toBe('hallefors');
    await screenshot(page, 'search');
    await page.close();
  });

  it('an unknown project reads as not found, without a stack trace', async () => {
    const page = await openPage(browser, '/projects/finns-inte');
    await page.getByRole('heading', { name: 'Projektet finns inte' }).waitFor();
    expect(await page.getByRole('alert').textContent()).not.toMatch(/Error|at .*\.js/);
    expect(await page.getByRole('banner').isVisible()).toBe(true);
    await page.close();
  });
});

describe('API page and GraphiQL', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('the API page links to GraphiQL and the schema, with example queries', async () => {
    const page = await openPage(browser, '/api');
    expect(await page.getByRole('link', { name: 'Prova frågor i GraphiQL' }).getAttribute('href')).toBe('/graphiql');
    expect(await page.getByRole('link', { name: 'Ladda ner schemat (schema.graphql)' }).getAttribute('href')).toBe('/schema.graphql');
    expect(await page.getByRole('heading', { name: 'Jämför de tolv regionerna' }).count()).toBe(1);
    await screenshot(page, 'api');
    await page.close();
  });

  it('GraphiQL works offline: it runs the example comparison against this server only', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const elsewhere: string[] = [];
    const { baseUrl } = await import('./browser');
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(baseUrl()) && !url.startsWith('data:') && !url.startsWith('blob:')) elsewhere.push(url);
    });
    await page.goto(new URL('/graphiql', baseUrl()).href, { waitUntil: 'networkidle' });
    await page.getByRole('tab', { name: /CompareTheTwelveRegions/ }).waitFor();
    await page.getByRole('button', { name: /Execute query/ }).click();
    await page.getByText('"regionComparison"').first().waitFor();
    expect(elsewhere).toEqual([]);
    await screenshot(page, 'graphiql');
    await page.close();
  });
});
