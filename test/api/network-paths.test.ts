// The network's walks against what a plain walk over the same edges finds, on data dense enough that
// the connection path's cap of 10 paths matters, and the copy of each funding's funder in
// funding_project (read by the walks) through creating and changing fundings.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { account, gqlOk, session, type Caller } from './edit-support.js';

let s: TestServer;
let admin: Caller;
const SRC = { key: 'seed-003' };
const ids = {} as Record<'regionOrebro' | 'cesam' | 'tillvaxtverket' | 'arbetsformedlingen' | 'psi' | 'miljovardscentrum', string>;

const asAdmin = <T = Record<string, any>>(q: string, v: Record<string, unknown> = {}) => gqlOk<T>(s, q, v, admin);

interface Net {
  truncated: boolean;
  nodes: { id: string; distance: number }[];
  edges: { from: string; to: string; kind: string }[];
}
const network = async (around: string, depth: number, edgeKinds?: string[]) =>
  (
    await gqlOk<{ network: Net }>(
      s,
      `query($a: ID!, $d: Int, $k: [NetworkEdgeKind!]) {
        network(around: $a, depth: $d, limit: 500, edgeKinds: $k) { truncated nodes { id distance } edges { from to kind } }
      }`,
      { a: around, d: depth, k: edgeKinds },
    )
  ).network;
const connectionPath = async (from: string, to: string, maxLength: number) =>
  (
    await gqlOk<{ connectionPath: { nodes: { id: string }[] }[] }>(
      s,
      `query($f: ID!, $t: ID!, $m: Int) { connectionPath(from: $f, to: $t, maxLength: $m) { nodes { id } } }`,
      { f: from, t: to, m: maxLength },
    )
  ).connectionPath;

/** "Type:key", the text a global id encodes: paths are ordered by these. */
const ref = (id: string) => Buffer.from(id, 'base64url').toString('utf8');

const neighbourhoods = new Map<string, Net>();
/** The depth-3 neighbourhood of a node (asked once per test file: tests that add edges use new nodes). */
async function around(id: string): Promise<Net> {
  let n = neighbourhoods.get(id);
  if (!n) {
    n = await network(id, 3);
    expect(n.truncated).toBe(false);
    neighbourhoods.set(id, n);
  }
  return n;
}
function compare(a: string[], b: string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  return a.length - b.length;
}

/**
 * The first 10 shortest paths from start to end as node sequences ("Type:key"), found by a plain walk
 * over every edge within 3 steps of either end (each step of a shortest path of up to 6 steps lies
 * there); len: their length; total: how many paths there are (one per choice of edge at each step).
 */
async function plainWalk(start: string, end: string): Promise<{ expected: string[][]; len: number; total: number }> {
  const links = new Map<string, Map<string, number>>();
  const seen = new Set<string>();
  for (const e of [...(await around(start)).edges, ...(await around(end)).edges]) {
    const key = `${e.kind} ${e.from} ${e.to}`;
    if (seen.has(key)) continue;
    seen.add(key);
    for (const [a, b] of [
      [e.from, e.to],
      [e.to, e.from],
    ] as const) {
      const m = links.get(a) ?? new Map<string, number>();
      m.set(b, (m.get(b) ?? 0) + 1);
      links.set(a, m);
    }
  }
  const distances = (from: string) => {
    const d = new Map([[from, 0]]);
    for (let level = [from]; level.length;) {
      const next: string[] = [];
      for (const u of level)
        for (const v of links.get(u)?.keys() ?? [])
          if (!d.has(v)) {
            d.set(v, d.get(u)! + 1);
            next.push(v);
          }
      level = next;
    }
    return d;
  };
  const fromStart = distances(start);
  const toEnd = distances(end);
  const len = fromStart.get(end)!;
  const sequences: { nodes: string[]; count: number }[] = [];
  const walk = (at: string, nodes: string[], count: number) => {
    if (at === end) return void sequences.push({ nodes: nodes.map(ref), count });
    for (const [v, n] of links.get(at) ?? [])
      if (fromStart.get(v) === nodes.length && toEnd.get(v) === len - nodes.length) walk(v, [...nodes, v], count * n);
  };
  walk(start, [start], 1);
  sequences.sort((a, b) => compare(a.nodes, b.nodes));
  const expected: string[][] = [];
  for (const q of sequences) for (let i = 0; i < q.count && expected.length < 10; i++) expected.push(q.nodes);
  return { expected, len, total: sequences.reduce((n, q) => n + q.count, 0) };
}

beforeAll(async () => {
  s = await startTestServer();
  await account(s, 'admin@example.org', 'ADMIN');
  admin = await session(s, 'admin@example.org');
  const r = await gqlOk<Record<string, { id: string }>>(
    s,
    `{
    regionOrebro: organisation(slug: "region-orebro-lan") { id }
    cesam: organisation(slug: "cesam") { id }
    tillvaxtverket: organisation(slug: "tillvaxtverket") { id }
    arbetsformedlingen: organisation(slug: "arbetsformedlingen") { id }
    miljovardscentrum: organisation(slug: "miljovardscentrum") { id }
    psi: partnership(slug: "partnerskap-for-sociala-innovationer") { id }
  }`,
  );
  for (const [k, v] of Object.entries(r)) ids[k as keyof typeof ids] = v.id;
});
afterAll(async () => {
  await s?.close();
});

describe('connection paths on a dense graph', () => {
  it('returns the first 10 shortest paths in order of their nodes, as a plain walk over the edges finds them', async () => {
    // twelve more partnerships of which Region Örebro län, Cesam and Miljövårdscentrum are members:
    // 12–15 shortest paths between any two of them, and more than 10 from many nodes through them
    for (let i = 1; i <= 12; i++) {
      const p = await asAdmin<{ createPartnership: { id: string } }>(
        `mutation($i: CreatePartnershipInput!) { createPartnership(input: $i) { id } }`,
        { i: { name: `Täta nätverket ${i}`, source: SRC } },
      );
      for (const org of [ids.regionOrebro, ids.cesam, ids.miljovardscentrum]) {
        await asAdmin(`mutation($i: CreateMembershipInput!) { createMembership(input: $i) { id } }`, {
          i: { partnershipId: p.createPartnership.id, organisationId: org, source: SRC },
        });
      }
    }

    let checked = 0;
    let capped = 0;
    for (const start of [ids.regionOrebro, ids.cesam, ids.tillvaxtverket, ids.psi, ids.miljovardscentrum]) {
      for (const end of (await around(start)).nodes.filter((n) => n.distance >= 2).map((n) => n.id)) {
        const { expected, len, total } = await plainWalk(start, end);
        const found = await connectionPath(start, end, Math.max(len, 1));
        expect(found.map((p) => p.nodes.map((n) => ref(n.id)))).toEqual(expected);
        checked++;
        if (total > 10) capped++;
      }
    }
    expect(checked).toBeGreaterThan(50);
    expect(capped).toBeGreaterThanOrEqual(6);
  });

  it('leaves out a step that leads nowhere, also when it sorts first', async () => {
    const org = async (name: string) =>
      (
        await asAdmin<{ createOrganisation: { id: string } }>(
          `mutation($i: CreateOrganisationInput!) { createOrganisation(input: $i) { id } }`,
          { i: { name, kind: 'ASSOCIATION', source: SRC } },
        )
      ).createOrganisation.id;
    const partnership = async (name: string) =>
      (
        await asAdmin<{ createPartnership: { id: string } }>(
          `mutation($i: CreatePartnershipInput!) { createPartnership(input: $i) { id } }`,
          { i: { name, source: SRC } },
        )
      ).createPartnership.id;
    const member = (partnershipId: string, organisationId: string) =>
      asAdmin(`mutation($i: CreateMembershipInput!) { createMembership(input: $i) { id } }`, {
        i: { partnershipId, organisationId, source: SRC },
      });
    // start – Q – M – R – end, eleven times over; and start – D, where D (the first of the twelve
    // partnerships by name of node) leads nowhere. The end has more neighbours than the start, so the
    // walk from the start takes three steps and reaches D as a node that may lie on a path.
    const start = await org('Återvändsgränd start');
    const end = await org('Återvändsgränd mål');
    const firsts: string[] = [];
    for (let i = 0; i < 12; i++) firsts.push(await partnership(`Återvändsgränd Q${i}`));
    firsts.sort((a, b) => (ref(a) < ref(b) ? -1 : 1));
    const [dead, ...qs] = firsts;
    await member(dead!, start);
    for (const [i, q] of qs.entries()) {
      const m = await org(`Återvändsgränd M${i}`);
      const r = await partnership(`Återvändsgränd R${i}`);
      await member(q, start);
      await member(q, m);
      await member(r, m);
      await member(r, end);
    }
    for (let i = 0; i < 5; i++) await member(await partnership(`Återvändsgränd extra ${i}`), end);

    const { expected, len, total } = await plainWalk(start, end);
    expect([len, total]).toEqual([4, 11]);
    const found = await connectionPath(start, end, 4);
    expect(found.map((p) => p.nodes.map((n) => ref(n.id)))).toEqual(expected);
    expect(found.some((p) => p.nodes.some((n) => n.id === dead))).toBe(false);
  });
});

describe('the funder copied into funding_project', () => {
  const fundsOf = async (id: string) => {
    const n = await network(id, 1, ['FUNDS']);
    return n.edges.filter((e) => e.kind === 'FUNDS').map((e) => `${ref(e.from)} > ${ref(e.to)}`);
  };

  it('follows a funding to its projects when it is created and when its funder changes', async () => {
    const project = (
      await asAdmin<{ createProject: { id: string } }>(`mutation($i: CreateProjectInput!) { createProject(input: $i) { id } }`, {
        i: { name: 'Finansieringsprovet', source: SRC },
      })
    ).createProject.id;
    const funding = (
      await asAdmin<{ createFunding: { id: string; version: number } }>(
        `mutation($i: CreateFundingInput!) { createFunding(input: $i) { id version } }`,
        { i: { amount: '1000', funderId: ids.tillvaxtverket, projectIds: [project], source: SRC } },
      )
    ).createFunding;
    expect(await fundsOf(project)).toEqual([`${ref(ids.tillvaxtverket)} > ${ref(project)}`]);
    expect(await fundsOf(ids.tillvaxtverket)).toContain(`${ref(ids.tillvaxtverket)} > ${ref(project)}`);

    await asAdmin(`mutation($i: UpdateFundingInput!) { updateFunding(input: $i) { version } }`, {
      i: { id: funding.id, version: funding.version, funderId: ids.arbetsformedlingen, source: SRC },
    });
    expect(await fundsOf(project)).toEqual([`${ref(ids.arbetsformedlingen)} > ${ref(project)}`]);
    expect(await fundsOf(ids.tillvaxtverket)).not.toContain(`${ref(ids.tillvaxtverket)} > ${ref(project)}`);
    expect(await fundsOf(ids.arbetsformedlingen)).toContain(`${ref(ids.arbetsformedlingen)} > ${ref(project)}`);

    // and every row of the table, seeded or written, holds its funding's funder
    const [row] = await s.app.db.em
      .fork()
      .getConnection()
      .execute<{ n: string | number }[]>(
        `select count(*) as n from funding_project fp join funding f on f.id = fp.funding_id where fp.funder_id is distinct from f.funder_id`,
      );
    expect(Number(row!.n)).toBe(0);
  });
});
