import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s?.close();
});

interface OrgNode {
  id: string;
  slug: string;
  name: string;
  kind: string;
  country: string | null;
  region: { code: string; name: string } | null;
  municipality: { code: string; name: string } | null;
  memberships: { id: string; role: string; partnership: { slug: string; name: string } }[];
  sources: { quote: string | null; source: { key: string } }[];
}
interface OrgPage {
  organisations: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
    edges: { cursor: string; node: OrgNode }[];
  };
}

async function organisations(variables: Record<string, unknown>) {
  const r = await s.operation<OrgPage>('Organisations', variables);
  expect(r.errors).toBeUndefined();
  return r.data!.organisations;
}

const slugs = (page: OrgPage['organisations']) => page.edges.map((e) => e.node.slug);

const VISITED = [
  'aniara-maskin-och-fastighet',
  'childrens-discovery-house',
  'foreningen-funkis',
  'foreningen-integrera-karlskoga',
  'miljovardscentrum',
  'mohass',
  'motesplatsen-prisma',
  're-form',
];

describe('organisations', () => {
  it('lists all 34 organisations by name', async () => {
    const page = await organisations({ first: 100 });
    expect(page.totalCount).toBe(34);
    expect(page.edges).toHaveLength(34);
    expect(page.edges[0]?.node.name).toBe('Aniara maskin och fastighet');
  });

  it('walks every page with first: 5 to the end: 7 pages, 34 organisations, none twice', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const page: OrgPage['organisations'] = await organisations({ first: 5, after });
      pages += 1;
      expect(page.totalCount).toBe(34);
      expect(page.pageInfo.hasPreviousPage).toBe(pages > 1);
      expect(page.pageInfo.startCursor).toBe(page.edges[0]?.cursor ?? null);
      expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor ?? null);
      seen.push(...slugs(page));
      if (!page.pageInfo.hasNextPage) break;
      expect(page.edges).toHaveLength(5);
      after = page.pageInfo.endCursor;
    }
    expect(pages).toBe(7);
    expect(seen).toHaveLength(34);
    expect(new Set(seen).size).toBe(34);
    expect(seen).toEqual(slugs(await organisations({ first: 100 })));
  });

  it('answers a page after the last item with no items and no next page', async () => {
    const all = await organisations({ first: 100 });
    const after = await organisations({ first: 5, after: all.pageInfo.endCursor });
    expect(after.edges).toEqual([]);
    expect(after.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null });
    expect(after.totalCount).toBe(34);
  });

  it('filters by kind: the eight social enterprises', async () => {
    const page = await organisations({ first: 100, filter: { kinds: ['SOCIAL_ENTERPRISE'] } });
    expect(slugs(page)).toEqual(VISITED);
    expect(page.totalCount).toBe(8);
  });

  it('filters by several kinds at once', async () => {
    const page = await organisations({ first: 100, filter: { kinds: ['REGIONAL_BODY', 'FOUNDATION'] } });
    expect(page.totalCount).toBe(13);
    expect(page.edges.every((e) => ['REGIONAL_BODY', 'FOUNDATION'].includes(e.node.kind))).toBe(true);
  });

  it('filters by region: located there directly or through the municipality', async () => {
    const page = await organisations({ first: 100, filter: { regionCode: '18' } });
    expect(page.totalCount).toBe(18);
    expect(page.edges.every((e) => e.node.region?.code === '18')).toBe(true);
    expect(slugs(page)).toEqual(expect.arrayContaining(['region-orebro-lan', 'cesam', 'hallefors-kommun', ...VISITED]));
  });

  it('filters by a European region', async () => {
    const page = await organisations({ first: 100, filter: { regionCode: 'ES51' } });
    expect(slugs(page)).toEqual(['catalonia-trade-investment']);
  });

  it('filters by municipality: Karlskoga', async () => {
    const page = await organisations({ first: 100, filter: { municipalityCode: '1883' } });
    expect(slugs(page).sort()).toEqual([
      'foreningen-funkis',
      'foreningen-integrera-karlskoga',
      'karlskoga-kommun',
      'mohass',
      'motesplatsen-prisma',
    ]);
    expect(page.edges.every((e) => e.node.municipality?.name === 'Karlskoga')).toBe(true);
  });

  it('filters by partnership: the named members of Partnerskap för sociala innovationer', async () => {
    const page = await organisations({ first: 100, filter: { partnershipSlug: 'partnerskap-for-sociala-innovationer' } });
    expect(slugs(page)).toEqual(['cesam', 'region-orebro-lan']);
    const cesam = page.edges[0]!.node;
    expect(cesam.memberships).toEqual([
      {
        id: expect.any(String),
        role: 'COORDINATOR',
        partnership: { slug: 'partnerskap-for-sociala-innovationer', name: 'Partnerskap för sociala innovationer' },
      },
    ]);
  });

  it('finds Hällefors kommun by typing "hallefors"', async () => {
    const page = await organisations({ first: 100, filter: { text: 'hallefors' } });
    expect(slugs(page)).toEqual(['hallefors-kommun']);
  });

  it('finds by any part of the name, in any case, with diacritics', async () => {
    expect(slugs(await organisations({ first: 100, filter: { text: 'MÖTESPLATSEN' } }))).toEqual(['motesplatsen-prisma']);
    expect(slugs(await organisations({ first: 100, filter: { text: 'orebro' } }))).toEqual(['region-orebro-lan']);
  });

  it('treats % and _ in the text as ordinary characters', async () => {
    expect((await organisations({ first: 100, filter: { text: '%' } })).totalCount).toBe(0);
    expect((await organisations({ first: 100, filter: { text: '_' } })).totalCount).toBe(0);
  });

  it('combines filters (all must hold)', async () => {
    const page = await organisations({ first: 100, filter: { kinds: ['SOCIAL_ENTERPRISE'], municipalityCode: '1861', text: 'house' } });
    expect(slugs(page)).toEqual(['childrens-discovery-house']);
  });

  it('orders by name descending', async () => {
    const asc = slugs(await organisations({ first: 100 }));
    const desc = slugs(await organisations({ first: 100, orderBy: { field: 'NAME', direction: 'DESC' } }));
    expect(desc).toEqual([...asc].reverse());
  });

  it('orders by kind, then by name', async () => {
    const page = await organisations({ first: 100, orderBy: { field: 'KIND' } });
    const kinds = page.edges.map((e) => e.node.kind);
    expect(kinds).toEqual([...kinds].sort());
    const enterprises = page.edges.filter((e) => e.node.kind === 'SOCIAL_ENTERPRISE').map((e) => e.node.slug);
    expect(enterprises).toEqual(VISITED);
  });

  it('shows each organisation with the sources that state it', async () => {
    const page = await organisations({ first: 100, filter: { text: 'mohass' } });
    expect(page.edges[0]?.node.sources).toEqual([{ quote: 'Mohass, Karlskoga', source: { key: 'seed-001' } }]);
    const all = await organisations({ first: 100 });
    expect(all.edges.filter((e) => e.node.sources.length === 0).map((e) => e.node.slug)).toEqual([]);
  });
});

describe('the enterprise directory', () => {
  interface Enterprise {
    slug: string;
    name: string;
    municipality: { code: string; name: string } | null;
    profile: { legalForm: string | null; businessLine: string | null; integrationLine: string | null } | null;
    eventRoles: { role: string; event: { key: string; start: { date: string; approximate: boolean } | null } }[];
    sources: { quote: string | null; source: { key: string; title: string } }[];
  }
  async function directory(variables: Record<string, unknown>) {
    const r = await s.operation<{ organisations: { totalCount: number; nodes: Enterprise[] } }>('EnterpriseDirectory', variables);
    expect(r.errors).toBeUndefined();
    return r.data!.organisations;
  }

  it('lists the eight enterprises visited on 4–5 April 2018, each with the visit', async () => {
    const all = await directory({ first: 100 });
    expect(all.nodes.map((e) => e.slug)).toEqual(VISITED);
    for (const e of all.nodes) {
      expect(e.eventRoles).toEqual([
        {
          role: 'VISITED',
          event: {
            key: 'raise-study-visit-orebro-2018',
            name: 'RaiSE-studiebesök i Örebro län',
            start: { date: '2018-04-04', approximate: false },
          },
        },
      ]);
    }
  });

  it('lists the enterprises of Hallsberg', async () => {
    const hallsberg = await directory({ first: 100, municipalityCode: '1861' });
    expect(hallsberg.nodes.map((e) => e.name)).toEqual(['Aniara maskin och fastighet', 'Childrens discovery house']);
  });

  it('lists the enterprises of Örebro län, and none in Gävleborg', async () => {
    expect((await directory({ first: 100, regionCode: '18' })).totalCount).toBe(8);
    expect((await directory({ first: 100, regionCode: '21' })).totalCount).toBe(0);
  });

  it('shows a reported legal form and leaves what no source reports null ("not reported")', async () => {
    const funkis = (await directory({ first: 100, text: 'funkis' })).nodes[0]!;
    expect(funkis.profile).toEqual({ legalForm: 'Förening', businessLine: null, integrationLine: null });
    const mohass = (await directory({ first: 100, text: 'mohass' })).nodes[0]!;
    expect(mohass.profile).toEqual({ legalForm: null, businessLine: null, integrationLine: null });
  });

  it('gives no enterprise profile to an organisation of another kind', async () => {
    const r = await s.operation<{ organisation: { profile: unknown } }>('OrganisationPage', { slug: 'hallefors-kommun' });
    expect(r.data?.organisation.profile).toBeNull();
  });
});

describe('organisation', () => {
  interface OrganisationPage {
    organisation: {
      name: string;
      kind: string;
      description: string | null;
      version: number;
      region: { code: string } | null;
      memberships: { role: string; partnership: { slug: string } }[];
      projectRoles: { role: string; project: { slug: string } }[];
      eventRoles: { role: string; event: { key: string } }[];
      people: { name: string; role: string | null; party: string | null }[];
      sources: { quote: string | null; source: { key: string } }[];
    };
  }

  it('shows Region Örebro län: memberships, project and event roles, people, and four seed sources', async () => {
    const r = await s.operation<OrganisationPage>('OrganisationPage', { slug: 'region-orebro-lan' });
    expect(r.errors).toBeUndefined();
    const org = r.data!.organisation;
    expect(org).toMatchObject({ name: 'Region Örebro län', kind: 'REGIONAL_BODY', region: { code: '18' }, version: 1 });
    expect(org.memberships).toEqual([
      {
        id: expect.any(String),
        role: 'MEMBER',
        from: null,
        to: null,
        partnership: { slug: 'partnerskap-for-sociala-innovationer', name: 'Partnerskap för sociala innovationer' },
      },
    ]);
    expect(org.projectRoles.map((p) => `${p.role} ${p.project.slug}`).sort()).toEqual([
      'LEAD sociala-foretag-for-regional-tillvaxt',
      'PARTNER raise',
    ]);
    expect(org.eventRoles.map((e) => `${e.role} ${e.event.key}`).sort()).toEqual([
      'HOST raise-study-visit-orebro-2018',
      'ORGANISER orebro-social-enterprise-group',
      'PARTICIPANT raise-dinner-orebro-slott-2018',
    ]);
    expect(org.people.map((p) => p.name)).toEqual(['Anders Bro', 'Bengt Storbacka', 'Irén Lejegren', 'Torbjörn Ahlin']);
    expect(org.sources.map((c) => c.source.key).sort()).toEqual(['seed-000', 'seed-001', 'seed-002', 'seed-003']);
  });

  it('answers an unknown slug with NOT_FOUND', async () => {
    const r = await s.operation('OrganisationPage', { slug: 'no-such-organisation' });
    expect(r.errors?.[0]).toMatchObject({ message: 'No organisation with slug "no-such-organisation"', extensions: { code: 'NOT_FOUND' } });
  });
});
