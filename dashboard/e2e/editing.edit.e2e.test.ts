import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, apiSignIn } from './accounts';
import { accounts, baseUrl, launchBrowser, openPage, openSignedIn, screenshot } from './browser';

// Signing in, editing with a source, the history of the change, a stale edit, and signing out. The
// accounts come from global-setup (create-admin before the server starts, then createUser as the admin).

const PROJECT = '/projects/regionalt-asf-projekt-region-gavleborg';
const FUNDING_TABLE = 'Finansiering av Regionalt ASF-projekt, Region Gävleborg';
const COMPARISON_TABLE = 'Regionerna sida vid sida, 2017–2018';
const people = accounts();

async function fundingVersion(cookie: string): Promise<{ id: string; version: number }> {
  const data = await apiAs<{ project: { fundings: { id: string; key: string; version: number }[] } }>(
    baseUrl(),
    cookie,
    '{ project(slug: "regionalt-asf-projekt-region-gavleborg") { fundings { id key version } } }',
  );
  const funding = data.project.fundings.find((f) => f.key === 'asf-2017-2018-region-gavleborg');
  if (!funding) throw new Error('the Gävleborg funding is missing');
  return funding;
}

describe.skipIf(!people)('signing in and editing a funding', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows no edit controls to a reader who is not signed in', async () => {
    page = await openPage(browser, PROJECT);
    await page.getByRole('table', { name: FUNDING_TABLE }).waitFor();
    expect(await page.getByRole('button', { name: /^Ändra/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Lägg till finansiering' }).count()).toBe(0);
    expect(await page.getByRole('region', { name: 'Ändringshistorik' }).textContent()).toContain('Inga ändringar är registrerade');
  });

  it('an editor signs in on the sign-in page and comes back to the project, named in the header', async () => {
    const editor = people!.editor;
    await page.getByRole('banner').getByRole('link', { name: 'Logga in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
    expect(new URL(page.url()).searchParams.get('next')).toBe(PROJECT);

    await page.getByLabel('E-postadress').fill(editor.email);
    await page.getByLabel('Lösenord').fill('not the password at all');
    await page.getByRole('button', { name: 'Logga in' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Inloggningen misslyckades' });
    await page.getByText('Fel e-postadress eller lösenord.').first().waitFor();
    expect(await summary.count()).toBe(1);
    expect(await page.getByLabel('Lösenord').getAttribute('aria-invalid')).toBe('true');
    await screenshot(page, 'sign-in-error');

    await page.getByLabel('Lösenord').fill(editor.password);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Regionalt ASF-projekt, Region Gävleborg' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(PROJECT);
    const session = page.getByRole('banner').getByRole('group', { name: 'Inloggning' });
    expect(await session.textContent()).toContain('Inloggad som Eva Redaktör, redaktör');
    await session.locator('summary').click();
    expect(await session.textContent()).toContain(editor.email);
    expect(await session.getByRole('button', { name: 'Logga ut' }).isVisible()).toBe(true);
    await screenshot(page, 'session-menu', { fullPage: false });
    await page.keyboard.press('Escape');
    await session.getByRole('button', { name: 'Logga ut' }).waitFor({ state: 'hidden' });
    expect(await page.getByRole('banner').getByRole('link', { name: 'Importera' }).count()).toBe(1);
  });

  it('edits the funding that was not reported: an amount with a decimal comma, with its source', async () => {
    await page.getByRole('button', { name: 'Ändra finansieringen från Tillväxtverket' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ändra finansiering: Tillväxtverket' });
    await dialog.waitFor();
    const amount = dialog.getByRole('textbox', { name: /^Belopp/ });
    expect(await amount.inputValue()).toBe('');

    // the dashboard's own check: a number it cannot read, and a missing source
    await amount.fill('två miljoner');
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await dialog.getByText('Skriv ett tal, t.ex. 4 000 000 eller 1 234 567,50.').first().waitFor();
    expect(await dialog.getByRole('alert').textContent()).toContain('Fyll i fältet.');

    await amount.fill('2 500 000,50');
    expect(await dialog.getByText('Visas som 2,5\u00a0mnkr').count()).toBe(1);
    await dialog.getByRole('combobox', { name: 'Källa' }).selectOption('seed-003');
    await dialog.getByRole('textbox', { name: /^Citat ur källan/ }).fill('Region Gävleborg');
    await screenshot(page, 'edit-funding', { fullPage: false });
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await dialog.waitFor({ state: 'detached' });

    const row = page.getByRole('table', { name: FUNDING_TABLE }).getByRole('row', { name: /Tillväxtverket/ });
    await expect.poll(() => row.textContent()).toMatch(/2,5\smnkr/);
    expect(await row.textContent()).toContain('rapporterad');
    expect(await row.textContent()).not.toContain('ej rapporterad');
  });

  it('the region comparison shows Gävleborg’s funding, no longer "ej rapporterad"', async () => {
    await page.getByRole('banner').getByRole('link', { name: 'Regioner' }).click();
    const gavleborg = page.getByRole('table', { name: COMPARISON_TABLE }).getByRole('row', { name: /Gävleborgs län/ });
    await gavleborg.waitFor();
    const funding = gavleborg.getByRole('cell').nth(1);
    await expect.poll(() => funding.textContent()).toMatch(/2,5\smnkr/);
    expect(await funding.textContent()).not.toContain('ej rapporterad');
  });

  it('the project page lists the change in its history: who, what, before and after, and the source', async () => {
    await page.goBack();
    const history = page.getByRole('region', { name: 'Ändringshistorik' });
    const entry = history.getByRole('listitem').filter({ hasText: 'Finansiering Tillväxtverket (asf-2017-2018-region-gavleborg)' }).first();
    await entry.waitFor();
    const text = await entry.textContent();
    expect(text).toContain('Ändrad');
    expect(text).toMatch(/Belopp:\s*ej rapporterad\s*→,?\s*2 500 000,50/);
    expect(text).toContain(`av ${people!.editor.email}`);
    expect(text).toContain('Källa: Regionala projekt för ökad sysselsättning (Tillväxtverket)');
    await entry.scrollIntoViewIfNeeded();
    await screenshot(page, 'project-history');
  });

  it('a stale edit is refused with the current values; reloading keeps the user’s change for a second save', async () => {
    await page.getByRole('button', { name: 'Ändra finansieringen från Tillväxtverket' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ändra finansiering: Tillväxtverket' });
    await dialog.waitFor();

    // meanwhile the admin changes the note of the same funding
    const admin = await apiSignIn(baseUrl(), people!.admin);
    const loaded = await fundingVersion(admin);
    await apiAs(baseUrl(), admin, 'mutation($input: UpdateFundingInput!) { updateFunding(input: $input) { version } }', {
      input: { id: loaded.id, version: loaded.version, note: 'Amount confirmed by the region.', source: { key: 'seed-003' } },
    });

    await dialog.getByRole('textbox', { name: /^Belopp/ }).fill('3 000 000');
    await dialog.getByRole('combobox', { name: 'Källa' }).selectOption('seed-003');
    await dialog.getByRole('button', { name: 'Spara' }).click();
    const conflict = dialog.getByRole('alert').filter({ hasText: 'Någon annan har ändrat posten' });
    await conflict.waitFor();
    const values = conflict.getByRole('table', { name: 'Posten som den är nu, och dina ändringar' });
    expect(await values.getByRole('row', { name: /Anmärkning/ }).textContent()).toContain('Amount confirmed by the region.');
    expect(await values.getByRole('row', { name: /Belopp/ }).textContent()).toMatch(/2 500 000,50.*3 000 000/);
    await screenshot(page, 'edit-conflict', { fullPage: false });

    await conflict.getByRole('button', { name: 'Ladda om och behåll mina ändringar' }).click();
    await dialog.getByRole('status').filter({ hasText: 'Posten är omladdad' }).waitFor();
    expect(await dialog.getByRole('textbox', { name: /^Belopp/ }).inputValue()).toBe('3 000 000');
    expect(await dialog.getByRole('textbox', { name: /^Anmärkning/ }).inputValue()).toBe('Amount confirmed by the region.');
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await dialog.waitFor({ state: 'detached' });
    const row = page.getByRole('table', { name: FUNDING_TABLE }).getByRole('row', { name: /Tillväxtverket/ });
    await expect.poll(() => row.textContent()).toMatch(/3\smnkr/);
    expect(await row.textContent()).toContain('Amount confirmed by the region.');
  });

  it('fits a 360 px screen, with the edit panel', async () => {
    const narrow = await openSignedIn(browser, people!.editor, PROJECT, { width: 360, height: 800 });
    await narrow.getByRole('table', { name: FUNDING_TABLE }).waitFor();
    expect(await narrow.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await screenshot(narrow, 'project-edit-360');
    await narrow.getByRole('button', { name: 'Ändra finansieringen från Tillväxtverket' }).click();
    const dialog = narrow.getByRole('dialog', { name: 'Ändra finansiering: Tillväxtverket' });
    await dialog.waitFor();
    await screenshot(narrow, 'edit-funding-360', { fullPage: false });
    // Escape closes the panel and gives focus back to the button that opened it
    await narrow.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await narrow.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Ändra finansieringen från Tillväxtverket',
    );
    await narrow.close();
  });

  it('signing out hides the edit controls and who made each change', async () => {
    await page.getByRole('banner').getByRole('group', { name: 'Inloggning' }).locator('summary').click();
    await page.getByRole('banner').getByRole('button', { name: 'Logga ut' }).click();
    await page.getByRole('banner').getByRole('link', { name: 'Logga in' }).waitFor();
    await expect.poll(() => page.getByRole('button', { name: /^Ändra finansieringen/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Lägg till finansiering' }).count()).toBe(0);
    expect(await page.getByRole('banner').getByRole('link', { name: 'Importera' }).count()).toBe(0);
    const history = page.getByRole('region', { name: 'Ändringshistorik' });
    await expect.poll(() => history.textContent()).toContain('Vem som gjorde ändringen syns för inloggade.');
    expect(await history.textContent()).not.toContain(people!.editor.email);
    await page.close();
  });
});

describe.skipIf(!people)('editing an organisation and a partnership', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows the API’s refusal next to the field, then saves the enterprise profile with a new source', async () => {
    const page = await openSignedIn(browser, people!.orgEditor, '/organisations/aniara-maskin-och-fastighet');
    await page.getByRole('button', { name: 'Redigera organisationen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Redigera Aniara maskin och fastighet' });
    await dialog.waitFor();
    // well-formed, but the check digit is wrong: only the API knows
    await dialog.getByRole('textbox', { name: /^Organisationsnummer/ }).fill('556036-0794');
    await dialog.getByRole('textbox', { name: /^Arbetsintegrering/ }).fill('Praktik och anställning i fastighetsskötsel');
    await dialog.getByRole('radio', { name: 'En ny källa' }).check();
    await dialog.getByRole('textbox', { name: 'Titel' }).fill('Aniara: om oss');
    await dialog.getByRole('textbox', { name: 'Utgivare' }).fill('Aniara maskin och fastighet');
    await dialog.getByLabel(/^Publicerad/).fill('2019-05-02');
    await dialog.getByRole('button', { name: 'Spara' }).click();
    const summary = dialog.getByRole('alert').filter({ hasText: 'Ändringen sparades inte' });
    await summary.waitFor();
    const orgNumber = dialog.getByRole('textbox', { name: /^Organisationsnummer/ });
    expect(await orgNumber.getAttribute('aria-invalid')).toBe('true');
    const problem = dialog.locator(`#${(await orgNumber.getAttribute('aria-describedby'))!.split(' ').at(-1)!}`);
    expect(await problem.textContent()).toMatch(/API:et svarar:.*not a valid Swedish organisationsnummer/);
    // the summary links to the field
    expect(await summary.getByRole('link', { name: 'Organisationsnummer' }).count()).toBe(1);
    await screenshot(page, 'edit-organisation-error', { fullPage: false });

    await dialog.getByRole('textbox', { name: /^Organisationsnummer/ }).fill('');
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await dialog.waitFor({ state: 'detached' });
    const profile = page.getByRole('region', { name: 'Profil som socialt företag' });
    await expect.poll(() => profile.textContent()).toContain('Praktik och anställning i fastighetsskötsel');
    const history = page.getByRole('region', { name: 'Ändringshistorik' });
    await expect.poll(() => history.textContent()).toMatch(/Arbetsintegrering:\s*–\s*→,?\s*Praktik och anställning i fastighetsskötsel/);
    expect(await history.textContent()).toContain('Källa: Aniara: om oss (Aniara maskin och fastighet)');
    await page.close();
  });

  it('a partnership editor adds, changes and removes a member of their partnership; the history keeps each step', async () => {
    const page = await openSignedIn(browser, people!.partnershipEditor, '/partnerships/partnerskap-for-sociala-innovationer');
    const members = page.getByRole('table', { name: 'Kända medlemmar i Partnerskap för sociala innovationer' });
    await members.waitFor();
    await page.getByRole('button', { name: 'Lägg till medlem' }).click();
    const add = page.getByRole('dialog', { name: 'Lägg till medlem i Partnerskap för sociala innovationer' });
    await add.waitFor();
    await add.getByRole('searchbox', { name: 'Sök organisation' }).fill('tillvaxt');
    const option = add.getByRole('option', { name: /^Tillväxtverket/ });
    await option.waitFor({ state: 'attached' });
    await add.getByRole('combobox', { name: 'Organisation' }).selectOption((await option.getAttribute('value'))!);
    await add.getByLabel(/^Medlem från/).fill('2019-01-01');
    await add.getByRole('combobox', { name: 'Källa' }).selectOption('seed-000');
    await screenshot(page, 'edit-membership', { fullPage: false });
    await add.getByRole('button', { name: 'Spara' }).click();
    await add.waitFor({ state: 'detached' });
    const row = members.getByRole('row', { name: /Tillväxtverket/ });
    await row.waitFor();
    expect(await row.textContent()).toContain('Medlem');
    expect(await row.textContent()).toContain('2019-01-01');

    await row.getByRole('button', { name: 'Ändra medlemskapet för Tillväxtverket' }).click();
    const change = page.getByRole('dialog', { name: 'Ändra medlemskapet för Tillväxtverket' });
    await change.getByRole('combobox', { name: 'Roll' }).selectOption('COORDINATOR');
    await change.getByLabel(/^Medlem till/).fill('2020-12-31');
    await change.getByRole('combobox', { name: 'Källa' }).selectOption('seed-000');
    await change.getByRole('button', { name: 'Spara' }).click();
    await change.waitFor({ state: 'detached' });
    await expect.poll(() => row.textContent()).toContain('Samordnare');
    expect(await row.textContent()).toContain('2020-12-31');

    await row.getByRole('button', { name: 'Ta bort Tillväxtverket ur partnerskapet' }).click();
    const remove = page.getByRole('dialog', { name: 'Ta bort Tillväxtverket ur partnerskapet?' });
    await remove.getByRole('button', { name: 'Ta bort medlemskapet' }).click();
    await row.waitFor({ state: 'detached' });

    const history = page.getByRole('region', { name: 'Ändringshistorik' });
    const entries = history.getByRole('list').first().locator(':scope > li');
    await expect.poll(() => entries.count()).toBe(3);
    expect(await entries.nth(0).textContent()).toMatch(/^Borttagen: Medlemskap/);
    // the removed membership is no longer on the page to be named from; its changes still are
    expect(await entries.nth(1).textContent()).toMatch(/^Ändrad: Medlemskap.*Roll:\s*Medlem\s*→,?\s*Samordnare/);
    expect(await entries.nth(2).textContent()).toMatch(/^Tillagd: Medlemskap.*Från:\s*2019-01-01/);
    expect(await entries.nth(2).textContent()).toContain(`av ${people!.partnershipEditor.email}`);
    await history.scrollIntoViewIfNeeded();
    await screenshot(page, 'partnership-history');

    // outside the partnership, nothing to edit: no fundings, no import
    await page.goto(new URL(PROJECT, baseUrl()).href, { waitUntil: 'networkidle' });
    await page.getByRole('table', { name: FUNDING_TABLE }).waitFor();
    expect(await page.getByRole('button', { name: 'Lägg till finansiering' }).count()).toBe(0);
    expect(await page.getByRole('banner').getByRole('link', { name: 'Importera' }).count()).toBe(0);
    await page.close();
  });

  it('a viewer sees no edit controls and may not import', async () => {
    const page = await openSignedIn(browser, people!.viewer, '/partnerships/partnerskap-for-sociala-innovationer');
    await page.getByRole('table', { name: 'Kända medlemmar i Partnerskap för sociala innovationer' }).waitFor();
    expect(await page.getByRole('button', { name: 'Lägg till medlem' }).count()).toBe(0);
    await page.goto(new URL('/import', baseUrl()).href, { waitUntil: 'networkidle' });
    await page.getByText('Din roll (läsare) får inte importera.', { exact: false }).waitFor();
    await page.close();
  });
});

describe.skipIf(!people)('CSV import', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  const header = 'namn;typ;organisationsnummer;källa';
  const good = ['\uFEFF' + header, 'E2E Föreningen Nyfiken;ASSOCIATION;;seed-003', 'E2E Verkstan AB;COMPANY;;seed-003'].join('\r\n');
  const bad = good.replace('E2E Verkstan AB;COMPANY;;', 'E2E Verkstan AB;COMPANY;556036-0794;');

  it('asks a reader who is not signed in to sign in', async () => {
    const page = await openPage(browser, '/import');
    await page.getByText('Logga in som redaktör eller administratör för att importera.').waitFor();
    expect(await page.getByRole('main').getByRole('link', { name: 'Logga in' }).getAttribute('href')).toBe('/sign-in?next=%2Fimport');
    await page.close();
  });

  it('dry-runs a Swedish file and shows each bad cell by row and column; nothing can be imported yet', async () => {
    const page = await openSignedIn(browser, people!.importer, '/import');
    await page.getByRole('combobox', { name: 'Innehåll' }).selectOption('ORGANISATIONS');
    expect(await page.getByRole('link', { name: 'Mall med svenska rubriker (semikolon)' }).getAttribute('href')).toBe(
      '/import/templates/organisations.csv?lang=sv',
    );
    await page.getByLabel('CSV-fil').setInputFiles({ name: 'organisationer.csv', mimeType: 'text/csv', buffer: Buffer.from(bad, 'utf8') });
    await page.getByText('organisationer.csv', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Provkör' }).click();
    await page.getByRole('alert').filter({ hasText: 'Provkörningen hittade 1 fel' }).waitFor();
    const errors = page.getByRole('table', { name: 'Fel i filen, rad för rad' });
    const row = errors.getByRole('row', { name: /organisationsnummer/ });
    expect(await row.textContent()).toMatch(/^3\s*organisationsnummer\s*556036-0794/);
    expect(await row.textContent()).toContain('not a valid Swedish organisationsnummer');
    expect(await page.getByRole('button', { name: 'Importera' }).isDisabled()).toBe(true);
    await screenshot(page, 'import-dry-run-errors');
    await page.close();
  });

  it('dry-runs the corrected file, shows what would be created, imports it and shows the result', async () => {
    const page = await openSignedIn(browser, people!.importer, '/import?kind=organisations');
    await page.getByLabel('CSV-fil').setInputFiles({ name: 'organisationer.csv', mimeType: 'text/csv', buffer: Buffer.from(good, 'utf8') });
    await page.getByRole('button', { name: 'Provkör' }).click();
    await page.getByRole('status').filter({ hasText: 'Provkörningen hittade inga fel' }).waitFor();
    const changes = page.getByRole('table', { name: 'Det här skulle sparas' });
    expect(await changes.getByRole('row').count()).toBe(1 + 2);
    expect(await changes.textContent()).toContain('e2e-verkstan-ab');
    await page.getByRole('button', { name: 'Importera' }).click();
    await page.getByRole('status').filter({ hasText: 'Importen är klar och sparad.' }).waitFor();
    expect(await page.getByRole('table', { name: 'Det här sparades' }).getByRole('row').count()).toBe(1 + 2);
    expect(await page.locator('.import-stats').textContent()).toContain('2Nya poster');
    await screenshot(page, 'import');
    const cookie = await apiSignIn(baseUrl(), people!.admin);
    const created = await apiAs<{ organisation: { kind: string } }>(
      baseUrl(),
      cookie,
      '{ organisation(slug: "e2e-verkstan-ab") { kind } }',
    );
    expect(created.organisation.kind).toBe('COMPANY');
    await page.close();
  });

  it('the import page works in English and on a 360 px screen', async () => {
    const page = await openSignedIn(browser, people!.importer, '/import?lang=en', { width: 360, height: 800 });
    await page.getByRole('heading', { level: 1, name: 'Import CSV' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await screenshot(page, 'import-en-360');
    await page.close();
    const signIn = await openPage(browser, '/sign-in', { width: 360, height: 800 });
    await signIn.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
    expect(await signIn.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await screenshot(signIn, 'sign-in-360');
    await signIn.close();
  });
});

describe.skipIf(!people)('editing a project and a partnership’s events', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  const ALL_IN = '/projects/all-in';
  const OUTCOMES = 'Mål och utfall för All in';

  it('an editor changes the project’s period, with an approximate end, and sees it on the page and in the history', async () => {
    const page = await openSignedIn(browser, people!.editor, ALL_IN);
    await page.getByRole('table', { name: OUTCOMES }).waitFor();
    await page.getByRole('button', { name: 'Redigera projektet' }).click();
    const dialog = page.getByRole('dialog', { name: 'Redigera All in' });
    await dialog.waitFor();
    await dialog.getByLabel(/^Start\s*\(/).fill('2018-03-01');
    await dialog.getByLabel(/^Slut\s*\(/).fill('2021-01-01');
    await dialog.getByRole('checkbox', { name: 'Startdatumet är ungefärligt' }).uncheck();
    await dialog.getByRole('checkbox', { name: 'Slutdatumet är ungefärligt' }).check();
    await dialog.getByRole('combobox', { name: 'Källa' }).selectOption('seed-000');
    await screenshot(page, 'edit-project', { fullPage: false });
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await dialog.waitFor({ state: 'detached' });

    const period = page.getByRole('region', { name: 'Period och faser' });
    await expect.poll(() => period.textContent()).toMatch(/2018-03-01\s*–\s*ca 2021/);
    const history = page.getByRole('region', { name: 'Ändringshistorik' });
    const entry = history
      .getByRole('listitem')
      .filter({ hasText: /^Ändrad: Projektet/ })
      .first();
    await entry.waitFor();
    expect(await entry.textContent()).toMatch(/Start:.*→,?\s*2018-03-01/);
    await page.close();
  });

  it('an editor adds an actual figure, sees it beside the targets, edits nothing and deletes it', async () => {
    const page = await openSignedIn(browser, people!.editor, ALL_IN);
    const outcomes = page.getByRole('table', { name: OUTCOMES });
    await outcomes.waitFor();
    const name = 'Utfall: Anställda i projektet, minst 7';
    expect(await page.getByRole('button', { name: `Ändra ${name}` }).count()).toBe(0);
    await page.getByRole('button', { name: 'Lägg till mål eller utfall' }).click();
    const add = page.getByRole('dialog', { name: 'Lägg till mål eller utfall för All in' });
    await add.waitFor();
    await add.getByRole('combobox', { name: 'Mått' }).selectOption('STAFF');
    await add.getByRole('combobox', { name: 'Mål eller utfall' }).selectOption('ACTUAL');
    await add.getByRole('combobox', { name: 'Hur exakt' }).selectOption('AT_LEAST');
    await add.getByRole('textbox', { name: /^Antal/ }).fill('7');
    await add.getByRole('combobox', { name: 'Källa' }).selectOption('seed-000');
    await add.getByRole('button', { name: 'Spara' }).click();
    await add.waitFor({ state: 'detached' });
    const row = outcomes.getByRole('row', { name: /Anställda i projektet/ });
    await expect.poll(() => row.getByRole('cell').nth(1).textContent()).toContain('minst 7');

    // the edit form opens on the figure as the atlas has it
    await row.getByRole('button', { name: `Ändra ${name}` }).click();
    const edit = page.getByRole('dialog', { name: `Ändra ${name}` });
    expect(await edit.getByRole('textbox', { name: /^Antal/ }).inputValue()).toBe('7');
    expect(await edit.getByRole('combobox', { name: 'Mål eller utfall' }).inputValue()).toBe('ACTUAL');
    await screenshot(page, 'edit-outcome', { fullPage: false });
    await edit.getByRole('button', { name: 'Avbryt' }).click();
    await edit.waitFor({ state: 'detached' });

    await row.getByRole('button', { name: `Ta bort ${name}` }).click();
    const remove = page.getByRole('dialog', { name: `Ta bort ${name}?` });
    await screenshot(page, 'delete-outcome', { fullPage: false });
    await remove.getByRole('button', { name: 'Ta bort uppgiften' }).click();
    await remove.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByRole('button', { name: `Ändra ${name}` }).count()).toBe(0);
    expect(await row.getByRole('cell').nth(1).textContent()).not.toContain('minst 7');
    const history = page.getByRole('region', { name: 'Ändringshistorik' });
    await expect
      .poll(() =>
        history
          .getByRole('listitem')
          .filter({ hasText: /^Borttagen: Mål eller utfall/ })
          .count(),
      )
      .toBe(1);
    await page.close();
  });

  it('an editor opens the participant and funding delete forms (screenshots)', async () => {
    const page = await openSignedIn(browser, people!.editor, ALL_IN);
    await page.getByRole('button', { name: 'Lägg till deltagare' }).click();
    const add = page.getByRole('dialog', { name: 'Lägg till deltagare i All in' });
    await add.getByRole('radio', { name: 'Ett partnerskap' }).check();
    await add.getByRole('combobox', { name: 'Partnerskap' }).waitFor();
    await screenshot(page, 'add-participant', { fullPage: false });
    await add.getByRole('button', { name: 'Avbryt' }).click();
    await add.waitFor({ state: 'detached' });
    await page
      .getByRole('table', { name: 'Finansiering av All in' })
      .getByRole('button', { name: /^Ta bort finansieringen/ })
      .first()
      .click();
    const remove = page.getByRole('dialog', { name: /^Ta bort finansieringen/ });
    await remove.getByRole('button', { name: 'Ta bort finansieringen' }).waitFor();
    await screenshot(page, 'delete-funding', { fullPage: false });
    await page.close();
  });

  it('a partnership editor adds an event to their partnership and sees it listed', async () => {
    const page = await openSignedIn(browser, people!.partnershipEditor, '/partnerships/partnerskap-for-sociala-innovationer');
    const events = page.getByRole('region', { name: 'Möten och besök' });
    await events.waitFor();
    await page.getByRole('button', { name: 'Lägg till händelse' }).click();
    const add = page.getByRole('dialog', { name: 'Lägg till händelse för Partnerskap för sociala innovationer' });
    await add.waitFor();
    await add.getByRole('textbox', { name: /^Namn/ }).fill('E2E Studiebesök i Göteborg');
    await add.getByRole('combobox', { name: 'Typ av händelse' }).selectOption('STUDY_VISIT');
    await add.getByRole('combobox', { name: 'Partnerskapets roll' }).selectOption('ORGANISER');
    await add.getByLabel(/^Datum \(start\)/).fill('2019-09-12');
    await add.getByRole('textbox', { name: /^Plats/ }).fill('Göteborg');
    await add.getByRole('combobox', { name: 'Källa' }).selectOption('seed-000');
    await screenshot(page, 'add-event', { fullPage: false });
    await add.getByRole('button', { name: 'Spara' }).click();
    await add.waitFor({ state: 'detached' });
    const item = events.getByRole('listitem').filter({ hasText: 'E2E Studiebesök i Göteborg' });
    await item.waitFor();
    const text = await item.textContent();
    expect(text).toContain('Arrangör');
    expect(text).toContain('Studiebesök');
    expect(text).toContain('Göteborg');
    expect(await item.getByRole('button', { name: 'Ändra händelsen E2E Studiebesök i Göteborg' }).count()).toBe(1);

    await page.getByRole('button', { name: 'Redigera partnerskapet' }).click();
    const edit = page.getByRole('dialog', { name: 'Redigera Partnerskap för sociala innovationer' });
    await edit.getByRole('combobox', { name: /^Region/ }).waitFor();
    await screenshot(page, 'edit-partnership', { fullPage: false });
    await edit.getByRole('button', { name: 'Avbryt' }).click();
    await page.close();
  });
});
