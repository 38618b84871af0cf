import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';

const KEYS = [
  'regionOrebro',
  'miljovardscentrum',
  'hallefors',
  'cesam',
  'tillvaxtverket',
  'arbetsformedlingen',
  'psi',
  'orebroLan',
  'source',
] as const;
let s: TestServer;
const ids = {} as Record<(typeof KEYS)[number], string>;

beforeAll(async () => {
  s = await startTestServer();
  const r = await s.gql<Record<string, { id: string }>>(`{
    regionOrebro: organisation(slug: "region-orebro-lan") { id }
    miljovardscentrum: organisation(slug: "miljovardscentrum") { id }
    hallefors: organisation(slug: "hallefors-kommun") { id }
    cesam: organisation(slug: "cesam") { id }
    tillvaxtverket: organisation(slug: "tillvaxtverket") { id }
    arbetsformedlingen: organisation(slug: "arbetsformedlingen") { id }
    psi: partnership(slug: "partnerskap-for-sociala-innovationer") { id }
    orebroLan: region(code: "18") { id }
    source: source(key: "seed-000") { id }
  }`);
  expect(r.errors).toBeUndefined();
  for (const k of KEYS) ids[k] = r.data![k]!.id;
});
afterAll(async () => {
  await s?.close();
});

interface Node {
  id: string;
  kind: string;
  label: string;
  slug: string | null;
  code: string | null;
  distance: number;
}
interface Edge {
  key: string;
  kind: string;
  from: string;
  to: string;
  role: string | null;
}
interface Network {
  center: Node;
  depth: number;
  nodes: Node[];
  edges: Edge[];
  totalNodeCount: number;
  truncated: boolean;
}

const NETWORK = `query N($around: ID!, $depth: Int, $limit: Int, $nodeKinds: [NetworkNodeKind!], $edgeKinds: [NetworkEdgeKind!]) {
  network(around: $around, depth: $depth, limit: $limit, nodeKinds: $nodeKinds, edgeKinds: $edgeKinds) {
    center { id kind label slug code distance }
    depth totalNodeCount truncated
    nodes { id kind label slug code distance }
    edges { key kind from to role }
  }
}`;

async function network(vars: Record<string, unknown>): Promise<Network> {
  const r = await s.gql<{ network: Network }>(NETWORK, vars);
  expect(r.errors).toBeUndefined();
  return r.data!.network;
}

describe('network', () => {
  it('around Region Örebro län (depth 1) holds Partnerskap för sociala innovationer with a MEMBER_OF edge', async () => {
    const n = await network({ around: ids.regionOrebro });
    expect(n.center).toMatchObject({
      id: ids.regionOrebro,
      kind: 'ORGANISATION',
      label: 'Region Örebro län',
      slug: 'region-orebro-lan',
      distance: 0,
    });
    expect(n.nodes[0]?.id).toBe(ids.regionOrebro);
    const psi = n.nodes.find((x) => x.id === ids.psi);
    expect(psi).toMatchObject({
      kind: 'PARTNERSHIP',
      label: 'Partnerskap för sociala innovationer',
      slug: 'partnerskap-for-sociala-innovationer',
      distance: 1,
    });
    expect(n.edges).toContainEqual(expect.objectContaining({ kind: 'MEMBER_OF', from: ids.regionOrebro, to: ids.psi, role: 'MEMBER' }));
    expect(n.truncated).toBe(false);
    expect(n.totalNodeCount).toBe(n.nodes.length);
  });

  it('links an organisation to its projects, events and region with typed edges', async () => {
    const n = await network({ around: ids.regionOrebro });
    const kinds = new Set(n.edges.filter((e) => e.from === ids.regionOrebro).map((e) => `${e.kind}:${e.role ?? ''}`));
    expect(kinds).toEqual(
      new Set([
        'LOCATED_IN:',
        'MEMBER_OF:MEMBER',
        'OWNS:',
        'PARTICIPATES_IN:LEAD',
        'PARTICIPATES_IN:PARTNER',
        'TOOK_PART_IN:HOST',
        'TOOK_PART_IN:PARTICIPANT',
        'TOOK_PART_IN:ORGANISER',
      ]),
    );
    expect(n.nodes.find((x) => x.kind === 'REGION')).toMatchObject({ id: ids.orebroLan, code: '18', label: 'Örebro län' });
  });

  it('returns only edges between returned nodes, each once', async () => {
    const n = await network({ around: ids.regionOrebro, depth: 2 });
    const returned = new Set(n.nodes.map((x) => x.id));
    for (const e of n.edges) {
      expect(returned.has(e.from) && returned.has(e.to)).toBe(true);
    }
    expect(new Set(n.edges.map((e) => e.key)).size).toBe(n.edges.length);
    expect(Math.max(...n.nodes.map((x) => x.distance))).toBe(2);
  });

  it('shows Tillväxtverket funding its projects (from fundings and funder roles, without duplicates)', async () => {
    const n = await network({ around: ids.tillvaxtverket, edgeKinds: ['FUNDS'] });
    const funds = n.edges.filter((e) => e.kind === 'FUNDS');
    expect(funds).toHaveLength(12);
    expect(funds.every((e) => e.from === ids.tillvaxtverket)).toBe(true);
    expect(n.nodes.filter((x) => x.kind === 'PROJECT')).toHaveLength(12);
  });

  it('follows only the edge and node kinds asked for', async () => {
    const n = await network({ around: ids.regionOrebro, depth: 2, edgeKinds: ['MEMBER_OF', 'COORDINATES'] });
    expect(n.nodes.map((x) => x.label).sort()).toEqual(['Cesam', 'Partnerskap för sociala innovationer', 'Region Örebro län']);
    expect(new Set(n.edges.map((e) => e.kind))).toEqual(new Set(['MEMBER_OF', 'COORDINATES']));
    const onlyProjects = await network({ around: ids.regionOrebro, nodeKinds: ['PROJECT'] });
    expect(onlyProjects.nodes.slice(1).every((x) => x.kind === 'PROJECT')).toBe(true);
    expect(onlyProjects.nodes.map((x) => x.label)).toContain('RaiSE');
  });

  it('reaches only regions when asked (every walk branch that reaches a region has no integer key)', async () => {
    const n = await network({ around: ids.regionOrebro, depth: 2, nodeKinds: ['REGION'] });
    expect(n.nodes.map((x) => x.id)).toEqual([ids.regionOrebro, ids.orebroLan]);
    expect(n.edges).toEqual([expect.objectContaining({ kind: 'LOCATED_IN', from: ids.regionOrebro, to: ids.orebroLan })]);
  });

  it('caps the nodes at the limit, nearest first, and says it truncated', async () => {
    const n = await network({ around: ids.regionOrebro, depth: 2, limit: 3 });
    expect(n.nodes).toHaveLength(3);
    expect(n.nodes[0]?.id).toBe(ids.regionOrebro);
    expect(n.nodes.slice(1).every((x) => x.distance === 1)).toBe(true);
    expect(n.truncated).toBe(true);
    expect(n.totalNodeCount).toBeGreaterThan(3);
  });

  it('rejects a depth outside 1–3', async () => {
    for (const depth of [4, 0]) {
      const r = await s.gql(NETWORK, { around: ids.regionOrebro, depth });
      expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(r.errors?.[0]?.message).toMatch(/depth must be between 1 and 3/);
    }
  });

  it('rejects a limit above 500', async () => {
    const r = await s.gql(NETWORK, { around: ids.regionOrebro, limit: 501 });
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.message).toMatch(/limit must be between 1 and 500/);
  });

  it('says NOT_FOUND for an id that names nothing, BAD_USER_INPUT for a record outside the network', async () => {
    const missing = await s.gql(NETWORK, { around: Buffer.from('Organisation:999999').toString('base64url') });
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const source = await s.gql(NETWORK, { around: ids.source });
    expect(source.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const garbage = await s.gql(NETWORK, { around: 'not-an-id' });
    expect(garbage.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('runs one statement per walk', async () => {
    s.resetQueries();
    await network({ around: ids.regionOrebro, depth: 3 });
    expect(s.queries).toHaveLength(1);
  });
});

interface Path {
  length: number;
  nodes: { id: string; label: string }[];
  hops: {
    from: { id: string; label: string };
    to: { id: string; label: string };
    reversed: boolean;
    edge: Edge;
    explanation: { sv: string; en: string };
  }[];
}
const PATH = `query P($from: ID!, $to: ID!, $maxLength: Int) {
  connectionPath(from: $from, to: $to, maxLength: $maxLength) {
    length
    nodes { id label }
    hops { from { id label } to { id label } reversed edge { key kind from to role } explanation { sv en } }
  }
}`;

async function paths(from: string, to: string, maxLength?: number): Promise<Path[]> {
  const r = await s.gql<{ connectionPath: Path[] }>(PATH, { from, to, maxLength });
  expect(r.errors).toBeUndefined();
  return r.data!.connectionPath;
}

describe('connectionPath', () => {
  it('connects Miljövårdscentrum and Hällefors kommun through Örebro län, each hop explained', async () => {
    const found = await paths(ids.miljovardscentrum, ids.hallefors);
    expect(found).toHaveLength(1);
    const [path] = found;
    expect(path!.length).toBe(2);
    expect(path!.nodes.map((n) => n.label)).toEqual(['Miljövårdscentrum', 'Örebro län', 'Hällefors kommun']);
    expect(path!.hops.map((h) => h.explanation)).toEqual([
      { sv: 'Miljövårdscentrum ligger i Örebro län', en: 'Miljövårdscentrum is located in Örebro län' },
      { sv: 'Hällefors kommun ligger i Örebro län', en: 'Hällefors kommun is located in Örebro län' },
    ]);
    expect(path!.hops.map((h) => [h.edge.kind, h.reversed])).toEqual([
      ['LOCATED_IN', false],
      ['LOCATED_IN', true],
    ]);
  });

  it('explains a membership in Swedish and English, whichever end the path starts from', async () => {
    const forward = await paths(ids.regionOrebro, ids.psi);
    expect(forward).toHaveLength(1);
    expect(forward[0]!.hops[0]!.explanation).toEqual({
      sv: 'Region Örebro län är medlem i Partnerskap för sociala innovationer',
      en: 'Region Örebro län is a member of Partnerskap för sociala innovationer',
    });
    const backward = await paths(ids.psi, ids.regionOrebro);
    expect(backward[0]!.hops[0]).toMatchObject({ reversed: true, from: { id: ids.psi }, to: { id: ids.regionOrebro } });
    expect(backward[0]!.hops[0]!.explanation.sv).toBe('Region Örebro län är medlem i Partnerskap för sociala innovationer');
  });

  it('returns every shortest path', async () => {
    const found = await paths(ids.regionOrebro, ids.cesam);
    // via the partnership (Cesam coordinates it and is its member as coordinator) and via the county
    expect(found).toHaveLength(3);
    expect(found.every((p) => p.length === 2)).toBe(true);
    expect(found.map((p) => p.hops.map((h) => h.edge.kind).join('+')).sort()).toEqual([
      'LOCATED_IN+LOCATED_IN',
      'MEMBER_OF+COORDINATES',
      'MEMBER_OF+MEMBER_OF',
    ]);
    expect(found.flatMap((p) => p.hops.map((h) => h.explanation.en))).toContain('Cesam coordinates Partnerskap för sociala innovationer');
  });

  it('returns an empty list when the nodes are not connected within maxLength', async () => {
    expect(await paths(ids.miljovardscentrum, ids.hallefors, 1)).toEqual([]);
    expect(await paths(ids.regionOrebro, ids.arbetsformedlingen, 6)).toEqual([]);
  });

  it('validates maxLength (1–6) and the ids', async () => {
    for (const maxLength of [0, 7]) {
      const r = await s.gql(PATH, { from: ids.regionOrebro, to: ids.psi, maxLength });
      expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(r.errors?.[0]?.message).toMatch(/maxLength must be between 1 and 6/);
    }
    const missing = await s.gql(PATH, { from: ids.regionOrebro, to: Buffer.from('Project:999999').toString('base64url') });
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('finds the paths in one statement', async () => {
    s.resetQueries();
    await paths(ids.miljovardscentrum, ids.cesam, 6);
    expect(s.queries).toHaveLength(1);
  });
});
