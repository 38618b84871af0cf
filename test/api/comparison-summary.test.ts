import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { account, gqlOk, headersFor, session, type Caller } from './edit-support.js';

// The whole-period comparison is read from a stored summary (no statement over the fundings); every
// write keeps it up to date in its own transaction, so the next comparison shows the change.

let s: TestServer;
let editor: Caller;
beforeAll(async () => {
  s = await startTestServer();
  await account(s, 'summary-editor@example.org', 'EDITOR');
  editor = await session(s, 'summary-editor@example.org');
});
afterAll(async () => {
  await s?.close();
});

const WHOLE_PERIOD = { yearFrom: 2000, yearTo: 2030 };
const FUNDING = `query($input: RegionComparisonInput) {
  regionComparison(input: $input) { rows { region { code } funding { value recordCount shared } projects { value } } }
}`;

interface Row {
  region: { code: string };
  funding: { value: string | null; recordCount: number; shared: boolean };
  projects: { value: string };
}

async function comparison(regionCodes: string[]): Promise<Row[]> {
  const r = await gqlOk<{ regionComparison: { rows: Row[] } }>(s, FUNDING, { input: { regionCodes, ...WHOLE_PERIOD } });
  return r.regionComparison.rows;
}

async function fundingOf(code: string): Promise<Row['funding']> {
  return (await comparison([code]))[0]!.funding;
}

/** The statements a whole-period comparison of `codes` ran. */
async function statementsFor(codes: string[]): Promise<string[]> {
  s.resetQueries();
  await comparison(codes);
  return [...s.queries];
}

/** The comparison of `codes` was answered from the stored summary: the write brought it up to date. */
async function expectReadFromSummary(codes: string[]) {
  const statements = await statementsFor(codes);
  expect(statements.join('\n')).toContain('comparison_summary_figure');
  expect(statements.join('\n')).not.toMatch(/funding_project/);
}

describe('the whole-period region comparison', () => {
  it('reads the stored summary: the same two statements for one region as for all, none over the fundings', async () => {
    const one = await statementsFor(['18']);
    const many = await statementsFor(['01', '05', '06', '07', '08', '12', '14', '18', '20', '21', '23', '24', '25']);
    expect(one).toHaveLength(2);
    expect(many).toHaveLength(2);
    await expectReadFromSummary(['18']);
  });

  it('gives the same figures whether or not the query asks for their record ids and sources', async () => {
    const FIGURE = 'value status approximate shared comparison recordCount unreportedCount note perInhabitant { value }';
    const ask = (extra: string) =>
      gqlOk<{ regionComparison: { rows: Record<string, Record<string, unknown>>[] } }>(
        s,
        `query($input: RegionComparisonInput) { regionComparison(input: $input) { rows {
          funding { ${FIGURE} ${extra} } partnershipMembers { ${FIGURE} ${extra} } statedPartnershipSize { ${FIGURE} ${extra} } } } }`,
        { input: { regionCodes: ['18', '25'], ...WHOLE_PERIOD } },
      );
    const withRecords = await ask('recordIds sources { source { key } }');
    const without = await ask('');
    for (const [i, row] of without.regionComparison.rows.entries()) {
      for (const [figure, values] of Object.entries(row)) {
        const { recordIds, sources, ...same } = withRecords.regionComparison.rows[i]![figure]!;
        expect(same).toEqual(values);
        if (values.value !== null) expect(recordIds).not.toHaveLength(0);
        expect(sources).toBeDefined();
      }
    }
  });

  it('shows an edited funding amount at once', async () => {
    const before = await fundingOf('18');
    const allIn = await gqlOk(s, '{ project(slug: "all-in") { fundings { id key version money { amount } } } }');
    const total = allIn.project.fundings.find((f: { key: string }) => f.key === 'all-in-total-cost');
    expect(total.money.amount).toBe('50000000.00');
    await gqlOk(
      s,
      'mutation($i: UpdateFundingInput!) { updateFunding(input: $i) { version } }',
      { i: { id: total.id, version: total.version, amount: '50000123.45', source: { key: 'seed-000' } } },
      editor,
    );
    await expectReadFromSummary(['18']);
    const after = await fundingOf('18');
    expect(Number(after.value) - Number(before.value)).toBeCloseTo(123.45, 2);
    expect(after.recordCount).toBe(before.recordCount);
  });

  it('shows a funding imported from CSV, counted once in each region of the projects it covers', async () => {
    const before = await comparison(['18', '25']);
    const res = await fetch(`${s.url}/import/fundings`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv; charset=utf-8', ...headersFor(editor) },
      body: ['key;amount;projects;source', 'summary-import-probe;1000;raise|all-in;seed-000'].join('\n'),
    });
    expect(((await res.json()) as { job: { status: string } }).job.status).toBe('SUCCEEDED');
    await expectReadFromSummary(['18', '25']);
    const after = await comparison(['18', '25']);
    const orebro = (rows: Row[]) => rows.find((r) => r.region.code === '18')!.funding;
    expect(Number(orebro(after).value) - Number(orebro(before).value)).toBe(1000);
    expect(orebro(after).recordCount).toBe(orebro(before).recordCount + 1);
    expect(orebro(after).shared).toBe(true);
  });

  it('shows a project moved to another region, with its fundings, at once', async () => {
    const made = await gqlOk(
      s,
      'mutation($i: CreateProjectInput!) { createProject(input: $i) { id version } }',
      { i: { name: 'Summary Probe Project', regionCodes: ['22'], source: { key: 'seed-000' } } },
      editor,
    );
    await gqlOk(
      s,
      'mutation($i: CreateFundingInput!) { createFunding(input: $i) { id } }',
      { i: { amount: '777', projectIds: [made.createProject.id], source: { key: 'seed-000' } } },
      editor,
    );
    const [before22, before23] = await comparison(['22', '23']);
    expect(before22!.funding.value).toBe('777.00');
    await gqlOk(
      s,
      'mutation($i: UpdateProjectInput!) { updateProject(input: $i) { version } }',
      { i: { id: made.createProject.id, version: made.createProject.version, regionCodes: ['23'], source: { key: 'seed-000' } } },
      editor,
    );
    await expectReadFromSummary(['22', '23']);
    const [after22, after23] = await comparison(['22', '23']);
    expect(after22!.funding.value).toBeNull();
    expect(Number(after22!.projects.value)).toBe(Number(before22!.projects.value) - 1);
    expect(Number(after23!.funding.value ?? 0) - Number(before23!.funding.value ?? 0)).toBe(777);
  });

  it('is computed from the base tables after a change made behind the server, until the summary is brought up to date', async () => {
    const before = await fundingOf('18');
    await s.app.db.em.fork().getConnection().execute(`update funding set amount = amount + 1 where key = 'all-in-total-cost'`, [], 'run');
    const statements = await statementsFor(['18']);
    expect(statements.join('\n')).toMatch(/funding_project/);
    expect(Number((await fundingOf('18')).value) - Number(before.value)).toBe(1);
  });
});
