import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';

/**
 * SQL statements per operation must not grow with the page size: relations load in one batched
 * statement per level (MikroORM's dataloader, the per-request citation loader), never one per item.
 *
 * Counts can differ by one between runs: when a relation's rows are already in the request's identity
 * map (say region 18, loaded for another field a moment earlier) no statement is needed. So each
 * operation has a bound — one statement per relation it touches — far below the number of items an N+1
 * would cost.
 */

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s?.close();
});

/** SQL statements one operation runs, and how many items its page (edges or nodes) returned. */
async function statements(operation: string, variables: Record<string, unknown>): Promise<{ count: number; items: number }> {
  s.resetQueries();
  const r = await s.operation<Record<string, { edges?: unknown[]; nodes?: unknown[] } | unknown[]>>(operation, variables);
  expect(r.errors).toBeUndefined();
  const root = Object.values(r.data ?? {})[0];
  const items = Array.isArray(root) ? root.length : (root?.edges?.length ?? root?.nodes?.length ?? 0);
  return { count: s.queries.length, items };
}

describe('SQL statements per page do not grow with the page size', () => {
  it('organisations with region, municipality, memberships and sources: at most 8 statements for 10 or for all 34', async () => {
    // page + count, municipality, region (+ region of a municipality), membership, partnership, citations
    const small = await statements('Organisations', { first: 10 });
    const large = await statements('Organisations', { first: 100 });
    expect(small.items).toBe(10);
    expect(large.items).toBe(34);
    expect(small.count).toBeLessThanOrEqual(8);
    expect(large.count).toBeLessThanOrEqual(8);
  });

  it('projects with owner, participants, fundings, places, outcomes and sources: 2 statements for 10 or for all 14', async () => {
    // the page's ids with the count, then the read model (project.read.ts): every relation and the
    // citations of the page built as JSON in one statement
    const small = await statements('Projects', { first: 10 });
    const large = await statements('Projects', { first: 100 });
    expect(small.items).toBe(10);
    expect(large.items).toBe(14);
    expect(small.count).toBe(2);
    expect(large.count).toBe(2);
  });

  it('loads only the relations a query selects: project names alone are the page and its count', async () => {
    s.resetQueries();
    const r = await s.gql<{ projects: { edges: { node: { name: string } }[] } }>('{ projects(first: 100) { edges { node { name } } } }');
    expect(r.errors).toBeUndefined();
    expect(r.data?.projects.edges).toHaveLength(14);
    expect(s.queries.length).toBeLessThanOrEqual(2);
    // Through a fragment and an alias, participants are still loaded with their organisations in one go.
    s.resetQueries();
    const f = await s.gql<{ projects: { edges: { node: { who: { organisation: { slug: string } | null }[] } }[] } }>(
      '{ projects(first: 100) { edges { node { ...P } } } } fragment P on Project { who: participants { organisation { slug } } }',
    );
    expect(f.errors).toBeUndefined();
    expect(f.data?.projects.edges.some((e) => e.node.who.length > 0)).toBe(true);
    expect(s.queries.length).toBeLessThanOrEqual(3);
  });

  it('the enterprise directory with places, events and sources: the same statements for 2 enterprises as for all 8', async () => {
    const small = await statements('EnterpriseDirectory', { first: 2 });
    const large = await statements('EnterpriseDirectory', { first: 100 });
    expect(large.items).toBe(8);
    expect(small.count).toBeLessThanOrEqual(8);
    expect(large.count).toBeLessThanOrEqual(8);
  });

  it('a region page with its organisations and projects: at most 11 statements whatever the page size', async () => {
    // region, populations, population source, municipalities, partnerships, organisations page + count,
    // their municipalities, projects page + count, citations
    const small = await statements('RegionPage', { code: '18', first: 2 });
    const large = await statements('RegionPage', { code: '18', first: 100 });
    expect(small.count).toBeLessThanOrEqual(11);
    expect(large.count).toBeLessThanOrEqual(11);
  });

  it('all 26 regions with their populations take 2 statements, as 2 regions do', async () => {
    const two = await statements('Regions', { filter: { codes: ['01', '18'] } });
    const all = await statements('Regions', {});
    expect(two.count).toBe(2);
    expect(all.count).toBe(2);
  });

  it('all 290 municipalities with their county take 2 statements, as the 12 of one county do', async () => {
    const some = await statements('Municipalities', { regionCode: '18' });
    const all = await statements('Municipalities', {});
    expect(some.count).toBe(2);
    expect(all.count).toBe(2);
  });

  it('a page of sources is 2 statements (page and count)', async () => {
    expect((await statements('Sources', { first: 3 })).count).toBe(2);
    expect((await statements('Sources', { first: 100 })).count).toBe(2);
  });

  it('a project page is one statement for All in (8 participants) as for RaiSE', async () => {
    // the read model (project.read.ts) builds the project, every relation and every citation as JSON
    for (const slug of ['all-in', 'raise', 'regionalt-asf-projekt-region-skane']) {
      s.resetQueries();
      const r = await s.operation('ProjectPage', { slug });
      expect(r.errors).toBeUndefined();
      expect(s.queries.length, slug).toBe(1);
    }
  });

  it('nodes(ids) takes one statement per type asked for, whatever the number of ids', async () => {
    const page = await s.gql<{ organisations: { nodes: { id: string }[] }; regions: { id: string }[] }>(
      '{ organisations(first: 30) { nodes { id } } regions { id } }',
    );
    expect(page.errors).toBeUndefined();
    const orgs = page.data!.organisations.nodes.map((n) => n.id);
    const regions = page.data!.regions.map((r) => r.id);
    const count = async (ids: string[]) => {
      s.resetQueries();
      const r = await s.gql<{ nodes: ({ id: string } | null)[] }>('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids });
      expect(r.errors).toBeUndefined();
      expect(r.data!.nodes.map((n) => n?.id)).toEqual(ids);
      return s.queries.length;
    };
    expect(await count([...orgs.slice(0, 2), ...regions.slice(0, 2)])).toBe(2);
    expect(await count([...orgs, ...regions])).toBe(2);
  });

  it('regions with their partnerships and action plans: the same statements for 2 regions as for all 26', async () => {
    const count = async (codes: string[] | null) => {
      s.resetQueries();
      const r = await s.gql<{ regions: unknown[] }>(
        'query($codes: [String!]) { regions(filter: { codes: $codes }) { code partnerships { name } actionPlans { name owner { name } } } }',
        { codes },
      );
      expect(r.errors).toBeUndefined();
      return { statements: s.queries.length, regions: r.data!.regions.length };
    };
    const two = await count(['18', '21']);
    const all = await count(null);
    expect(two.regions).toBe(2);
    expect(all.regions).toBe(26);
    expect(all.statements).toBe(two.statements);
  });
});
