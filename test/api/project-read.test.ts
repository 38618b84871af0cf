import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operationDocument } from '../support/operations.js';
import { startTestServer, type TestServer } from '../support/server.js';

/**
 * The project pages have two read paths: the read model (one statement building the JSON in
 * PostgreSQL) for selections it covers, and the ORM for any other. They must give the same answer.
 * Adding a field the read model does not provide (`orgNumber` of the owner, under an alias) sends the
 * same operation down the ORM path; with that alias removed, the two answers must be equal.
 */

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s?.close();
});

const EXTRA = 'ormPathMarker: owner { orgNumber }';

/** The dashboard operation, and the same with the extra field inserted after the given anchor. */
function bothPaths(operationName: string, anchor: RegExp): [string, string] {
  const doc = operationDocument(operationName);
  const forced = doc.replace(anchor, (m) => `${m}\n ${EXTRA}`);
  expect(forced).not.toBe(doc);
  return [doc, forced];
}

function dropMarker(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(dropMarker);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => k !== 'ormPathMarker')
        .map(([k, v]) => [k, dropMarker(v)]),
    );
  }
  return value;
}

async function run(query: string, variables: Record<string, unknown>) {
  s.resetQueries();
  const r = await s.gql<Record<string, unknown>>(query, variables);
  expect(r.errors).toBeUndefined();
  return { data: r.data!, statements: s.queries.length };
}

describe('project read model', () => {
  it('every project page is the same through the read model and through the ORM, in one statement', async () => {
    const [fast, orm] = bothPaths('ProjectPage', /project\(slug: \$slug\) \{/);
    const slugs = (await s.gql<{ projects: { nodes: { slug: string }[] } }>('{ projects(first: 100) { nodes { slug } } }')).data!.projects
      .nodes;
    expect(slugs.length).toBeGreaterThan(10);
    for (const { slug } of slugs) {
      const a = await run(fast, { slug });
      const b = await run(orm, { slug });
      expect(a.data, slug).toEqual(dropMarker(b.data));
      expect(a.statements, slug).toBe(1);
      expect(b.statements, slug).toBeGreaterThan(1);
    }
    const allIn = await run(fast, { slug: 'all-in' });
    const project = allIn.data.project as { fundings: unknown[]; sources: unknown[]; outcomeComparison: unknown[] };
    expect(project.fundings.length).toBeGreaterThan(0);
    expect(project.sources.length).toBeGreaterThan(0);
    expect(project.outcomeComparison.length).toBeGreaterThan(0);
  });

  it('a projects page is the same through the read model and through the ORM, by name and by start date', async () => {
    const [fast, orm] = bothPaths('Projects', /node \{/);
    for (const variables of [
      { first: 50 },
      { first: 5, orderBy: { field: 'START_DATE', direction: 'DESC' } },
      { first: 3, after: Buffer.from('o:2').toString('base64url') },
    ]) {
      const a = await run(fast, variables);
      const b = await run(orm, variables);
      expect(a.data, JSON.stringify(variables)).toEqual(dropMarker(b.data));
      expect(a.statements).toBeLessThan(b.statements);
    }
  });

  it('the projects page (read model) lists the same projects as a region and a municipality (entities through the ORM)', async () => {
    const q = `query($code: String!, $m: String!) {
      region(code: $code) { projects(first: 100) { totalCount nodes { slug } } }
      municipalities(regionCode: $code) { code projects(first: 20) { totalCount nodes { slug } } }
      byRegion: projects(first: 100, filter: { regionCode: $code }) { totalCount nodes { slug } }
      byMunicipality: projects(first: 20, filter: { municipalityCode: $m }) { totalCount nodes { slug } }
    }`;
    type Page = { totalCount: number; nodes: { slug: string }[] };
    for (const [code, m] of [
      ['18', '1882'],
      ['12', '1280'],
    ]) {
      const r = await s.gql<{
        region: { projects: Page };
        municipalities: { code: string; projects: Page }[];
        byRegion: Page;
        byMunicipality: Page;
      }>(q, {
        code,
        m,
      });
      expect(r.errors).toBeUndefined();
      expect(r.data!.byRegion).toEqual(r.data!.region.projects);
      expect(r.data!.byMunicipality).toEqual(r.data!.municipalities.find((x) => x.code === m)!.projects);
    }
    expect(
      (await s.gql<{ projects: Page }>('{ projects(first: 100, filter: { regionCode: "18" }) { totalCount } }')).data!.projects.totalCount,
    ).toBeGreaterThan(0);
  });

  it('builds only the source fields a query asks for, and every one of them alike on both paths', async () => {
    const SOURCE = 'id key title publisher kind language url summary publishedText published { date approximate }';
    const full = `query($slug: String!) { project(slug: $slug) {
      sources { quote source { ${SOURCE} } }
      fundings { sources { source { ${SOURCE} } } }
      participants { sources { source { key summary } } }
    } }`;
    const forced = full.replace('project(slug: $slug) {', `project(slug: $slug) { ${EXTRA}`);
    for (const slug of ['all-in', 'raise']) {
      const a = await run(full, { slug });
      const b = await run(forced, { slug });
      expect(a.statements, slug).toBe(1);
      expect(a.data, slug).toEqual(dropMarker(b.data));
    }
    const allIn = (await run(full, { slug: 'all-in' })).data.project as { sources: { source: Record<string, unknown> }[] };
    expect(allIn.sources.length).toBeGreaterThan(0);
    expect(allIn.sources.some((c) => c.source.summary && c.source.title && c.source.published)).toBe(true);
  });

  it('an unknown slug is NOT_FOUND on the read-model path too', async () => {
    const [fast] = bothPaths('ProjectPage', /project\(slug: \$slug\) \{/);
    const r = await s.gql(fast, { slug: 'no-such-project' });
    expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
