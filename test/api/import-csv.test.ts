import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMPORT_LIMITS } from '../../server/src/modules/import/import.runner.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { account, gql, gqlOk, headersFor, signIn, type Caller } from './edit-support.js';

let s: TestServer;
let editor: Caller;
let viewer: Caller;
beforeAll(async () => {
  s = await startTestServer();
  await account(s, 'editor@example.org', 'EDITOR');
  await account(s, 'viewer@example.org', 'VIEWER');
  editor = await signIn(s, 'editor@example.org');
  viewer = await signIn(s, 'viewer@example.org');
});
afterAll(async () => {
  await s?.close();
});

async function upload(kind: string, body: string | Buffer, query = '', caller: Caller = editor, contentType = 'text/csv; charset=utf-8') {
  const res = await fetch(`${s.url}/import/${kind}${query}`, {
    method: 'POST',
    headers: { 'content-type': contentType, ...headersFor(caller) },
    body,
  });
  return {
    status: res.status,
    body: (await res.json()) as { job?: any; errors?: { message: string; extensions: Record<string, unknown> }[] },
  };
}

async function count(table: string): Promise<number> {
  const rows = await s.app.db.em.fork().getConnection().execute<{ n: string }[]>(`select count(*)::text as n from ${table}`);
  return Number(rows[0]!.n);
}

const ORGS_SV = [
  '\uFEFFnamn;typ;organisationsnummer;kommunkod;juridisk_form;källa',
  'Returverket Hällefors;socialt företag;556036-0793;1863;Ekonomisk förening;seed-003',
  'Kafé Nyfiket;SOCIAL_ENTERPRISE;;1880;;seed-003',
  '"Verkstan; Karlskoga";ASSOCIATION;;1883;;seed-003',
].join('\r\n');

describe('CSV import', () => {
  it('offers templates with English and Swedish headers', async () => {
    const en = await fetch(`${s.url}/import/templates/organisations.csv`);
    expect(en.headers.get('content-type')).toMatch(/text\/csv/);
    expect((await en.text()).split('\r\n')[0]).toBe(
      'name,slug,kind,org_number,municipality_code,region_code,country,url,description,legal_form,business_line,integration_line,source,quote',
    );
    const sv = Buffer.from(await (await fetch(`${s.url}/import/templates/fundings.csv?lang=sv`)).arrayBuffer()).toString('utf8');
    expect(sv.startsWith('\uFEFFnyckel;finansiar;program;belopp;')).toBe(true);
    const kinds = await gqlOk(s, '{ importTemplates { kind templateUrl columns { name swedishName required } } }');
    expect(kinds.importTemplates.map((t: { kind: string }) => t.kind)).toEqual([
      'ORGANISATIONS',
      'PROJECTS',
      'FUNDINGS',
      'OUTCOMES',
      'MEMBERSHIPS',
    ]);
  });

  it('dry-runs a Swedish file (BOM, semicolons) and reports what would be created, writing nothing', async () => {
    const before = await count('organisation');
    const r = await upload('organisations', ORGS_SV, '?dryRun=1');
    expect(r.status).toBe(200);
    expect(r.body.job).toMatchObject({
      dryRun: true,
      status: 'SUCCEEDED',
      created: 3,
      updated: 0,
      unchanged: 0,
      errorCount: 0,
      rowsTotal: 3,
    });
    expect(r.body.job.changes[0]).toEqual({
      row: 2,
      action: 'CREATE',
      key: '556036-0793',
      fields: expect.arrayContaining(['name', 'kind', 'orgNumber', 'municipality']),
    });
    expect(await count('organisation')).toBe(before);
  });

  it('commits, then a re-import of the same file changes nothing', async () => {
    const first = await upload('organisations', ORGS_SV);
    expect(first.status).toBe(200);
    expect(first.body.job).toMatchObject({ dryRun: false, status: 'SUCCEEDED', created: 3 });
    const org = await gqlOk(
      s,
      '{ organisation(slug: "returverket-hallefors") { name kind orgNumber profile { legalForm } municipality { code } sources { source { key } } } }',
    );
    expect(org.organisation).toEqual({
      name: 'Returverket Hällefors',
      kind: 'SOCIAL_ENTERPRISE',
      orgNumber: '556036-0793',
      profile: { legalForm: 'Ekonomisk förening' },
      municipality: { code: '1863' },
      sources: [{ source: { key: 'seed-003' } }],
    });
    const counts = { orgs: await count('organisation'), history: await count('history_entry'), citations: await count('citation') };
    const again = await upload('organisations', ORGS_SV);
    expect(again.body.job).toMatchObject({ status: 'SUCCEEDED', created: 0, updated: 0, unchanged: 3 });
    expect({ orgs: await count('organisation'), history: await count('history_entry'), citations: await count('citation') }).toEqual(
      counts,
    );
  });

  it('updates a matched record by organisationsnummer and records the change in its history', async () => {
    const csv =
      'name,kind,org_number,url,source\nReturverket Hällefors,SOCIAL_ENTERPRISE,5560360793,https://returverket.example.org,seed-003\n';
    const r = await upload('organisations', csv);
    expect(r.body.job).toMatchObject({
      status: 'SUCCEEDED',
      created: 0,
      updated: 1,
      changes: [{ row: 2, action: 'UPDATE', key: '556036-0793', fields: ['url'] }],
    });
    const org = await gqlOk(s, '{ organisation(slug: "returverket-hallefors") { id version } }');
    expect(org.organisation.version).toBe(2);
    const h = await gqlOk(s, 'query($id: ID!) { history(id: $id) { nodes { action changedFields importJobId sourceKey } } }', {
      id: org.organisation.id,
    });
    expect(h.history.nodes[0]).toMatchObject({
      action: 'UPDATE',
      changedFields: ['url'],
      importJobId: r.body.job.id,
      sourceKey: 'seed-003',
    });
    expect(h.history.nodes[1]).toMatchObject({ action: 'CREATE' });
  });

  it('writes nothing when one row is bad, and reports each bad cell with row, column and value', async () => {
    const before = { orgs: await count('organisation'), history: await count('history_entry') };
    const rows = ['name,kind,org_number,municipality_code,source'];
    for (let i = 0; i < 2500; i += 1) rows.push(`Bulk Org ${i},COMPANY,,1880,seed-003`);
    rows[1800] = 'Bulk Org bad,COMPANY,556036-0794,9999,seed-003';
    const r = await upload('organisations', rows.join('\n'));
    expect(r.status).toBe(422);
    expect(r.body.job).toMatchObject({ status: 'FAILED', errorCount: 2 });
    expect(r.body.job.errors).toEqual([
      { row: 1801, column: 'org_number', value: '556036-0794', message: expect.stringMatching(/organisationsnummer/) },
      { row: 1801, column: 'municipality_code', value: '9999', message: 'no municipality has the kommunkod 9999' },
    ]);
    expect({ orgs: await count('organisation'), history: await count('history_entry') }).toEqual(before);
  });

  it('reports a row that repeats an earlier one, and an unknown column', async () => {
    const dup = await upload('organisations', 'name,kind,source\nTwice Org,COMPANY,seed-003\nTwice Org,COMPANY,seed-003\n', '?dryRun=1');
    expect(dup.body.job.errors).toEqual([
      { row: 3, column: null, value: null, message: expect.stringMatching(/duplicates an earlier row/) },
    ]);
    const unknown = await upload('organisations', 'name,kind,colour\nX,COMPANY,red\n', '?dryRun=1');
    expect(unknown.body.job.errors[0]).toMatchObject({ row: 1, column: 'colour', message: expect.stringMatching(/unknown column/) });
  });

  it('reads decimal commas and imports fundings with the projects they cover; the re-import is a no-op', async () => {
    const csv = [
      'nyckel;finansiar;belopp;valuta;jämförelse;ungefärlig;från_år;till_år;projekt;källa',
      'test-funding;tillvaxtverket;1 234 567,50;SEK;cirka;ja;2017;2018;raise|all-in;seed-000',
    ].join('\n');
    const r = await upload('fundings', csv);
    expect(r.body.job).toMatchObject({ status: 'SUCCEEDED', created: 1 });
    const f = await gqlOk(
      s,
      '{ project(slug: "all-in") { fundings { key money { amount currency } comparison approximate shared projects { slug } } } }',
    );
    expect(f.project.fundings).toContainEqual({
      key: 'test-funding',
      money: { amount: '1234567.50', currency: 'SEK' },
      comparison: 'APPROXIMATELY',
      approximate: true,
      shared: true,
      projects: expect.arrayContaining([{ slug: 'raise' }, { slug: 'all-in' }]),
    });
    const again = await upload('fundings', csv);
    expect(again.body.job).toMatchObject({ created: 0, updated: 0, unchanged: 1 });
    const negative = await upload('fundings', csv.replace('1 234 567,50', '-5'), '?dryRun=1');
    expect(negative.body.job.errors[0]).toMatchObject({ row: 2, column: 'belopp', value: '-5', message: 'must not be negative' });
  });

  it('imports memberships, outcomes and projects matched by their natural keys', async () => {
    const p = await upload(
      'projects',
      'name,slug,start_date,end_date,owner,source\nNytt projekt,nytt-projekt,2021-01-01,2022-12-31,hallefors-kommun,seed-004\n',
    );
    expect(p.body.job).toMatchObject({ status: 'SUCCEEDED', created: 1 });
    const o = await upload(
      'outcomes',
      'project,metric,kind,comparison,value,source\nnytt-projekt,INTO_WORK,TARGET,AT_LEAST,"12,5",seed-004\n',
    );
    expect(o.body.job).toMatchObject({ status: 'SUCCEEDED', created: 1 });
    const m = await upload(
      'memberships',
      'partnerskap;organisation;roll;från;källa\npartnerskap-for-sociala-innovationer;returverket-hallefors;medlem;2019-01-01;seed-000\n',
    );
    expect(m.body.job).toMatchObject({ status: 'SUCCEEDED', created: 1 });
    const again = await upload(
      'memberships',
      'partnerskap;organisation;roll;från;källa\npartnerskap-for-sociala-innovationer;556036-0793;MEMBER;2019-01-01;seed-000\n',
    );
    expect(again.body.job).toMatchObject({ created: 0, updated: 0, unchanged: 1 });
    const data = await gqlOk(s, '{ project(slug: "nytt-projekt") { owner { slug } outcomes { metric value comparison } } }');
    expect(data.project).toEqual({
      owner: { slug: 'hallefors-kommun' },
      outcomes: [{ metric: 'INTO_WORK', value: '12.50', comparison: 'AT_LEAST' }],
    });
    const badOrder = await upload('projects', 'name,start_date,end_date,source\nBakvänt,2022-01-01,2021-01-01,seed-004\n', '?dryRun=1');
    expect(badOrder.body.job.errors[0]).toMatchObject({ column: 'end_date', message: 'must not be before start_date' });
  });

  it('refuses a file over the size limit with a clear 413', async () => {
    const saved = IMPORT_LIMITS.maxBytes;
    IMPORT_LIMITS.maxBytes = 2000;
    try {
      const big = `name,kind,source\n${'Big Org,COMPANY,seed-003\n'.repeat(200)}`;
      const r = await upload('organisations', big, '?dryRun=1');
      expect(r.status).toBe(413);
      expect(r.body.errors?.[0]).toMatchObject({
        message: expect.stringMatching(/larger than the limit/),
        extensions: { code: 'PAYLOAD_TOO_LARGE' },
      });
    } finally {
      IMPORT_LIMITS.maxBytes = saved;
    }
  });

  it('needs an identity with an editing role, and a CSV body', async () => {
    expect((await upload('organisations', 'name,kind\n', '', null)).status).toBe(401);
    expect((await upload('organisations', 'name,kind\n', '', viewer)).status).toBe(403);
    expect((await upload('organisations', 'name,kind\n', '', editor, 'text/plain')).status).toBe(415);
    expect((await upload('nonsense', 'name,kind\n')).status).toBe(404);
  });

  it('refuses a file that is not UTF-8', async () => {
    const latin1 = Buffer.from('name,kind,source\nKaf\xe9 Latin,COMPANY,seed-003\n', 'latin1');
    const r = await upload('organisations', latin1, '?dryRun=1');
    expect(r.status).toBe(400);
    expect(r.body.errors?.[0]?.message).toMatch(/not UTF-8/);
  });

  it('lets the dashboard create a job first and poll its progress by id', async () => {
    const created = await gqlOk(
      s,
      'mutation { createImportJob(kind: ORGANISATIONS, dryRun: true, sourceKey: "seed-003") { id status progress } }',
      {},
      editor,
    );
    expect(created.createImportJob).toMatchObject({ status: 'PENDING', progress: 0 });
    const id = created.createImportJob.id;
    const r = await upload('organisations', 'name,kind\nPolled Org,COMPANY\n', `?dryRun=1&job=${id}`);
    expect(r.body.job).toMatchObject({ id, status: 'SUCCEEDED', created: 1 });
    const polled = await gqlOk(
      s,
      'query($id: ID!) { importJob(id: $id) { status progress rowsProcessed rowsTotal created } }',
      { id },
      editor,
    );
    expect(polled.importJob).toEqual({ status: 'SUCCEEDED', progress: 1, rowsProcessed: 1, rowsTotal: 1, created: 1 });
    const other = await gql(s, 'query($id: ID!) { importJob(id: $id) { status } }', { id }, viewer);
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
