import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s?.close();
});

const PSI = 'partnerskap-for-sociala-innovationer';

interface PartnershipsPage {
  partnerships: {
    totalCount: number;
    nodes: {
      slug: string;
      region: { code: string } | null;
      statedSizes: { memberCount: number; comparison: string; asOfText: string | null }[];
    }[];
  };
}

async function partnerships(variables: Record<string, unknown> = {}) {
  const r = await s.operation<PartnershipsPage>('Partnerships', variables);
  expect(r.errors).toBeUndefined();
  return r.data!.partnerships;
}

describe('partnerships', () => {
  it('lists Partnerskap för sociala innovationer with its stated sizes', async () => {
    const page = await partnerships();
    expect(page.totalCount).toBe(1);
    expect(page.nodes[0]).toMatchObject({
      slug: PSI,
      region: { code: '18' },
      statedSizes: [
        { memberCount: 30, comparison: 'NEARLY', asOfText: '2017' },
        { memberCount: 40, comparison: 'APPROXIMATELY', asOfText: 'later regional material (undated)' },
      ],
    });
  });

  it('filters by region', async () => {
    expect((await partnerships({ filter: { regionCode: '18' } })).totalCount).toBe(1);
    expect((await partnerships({ filter: { regionCode: '21' } })).totalCount).toBe(0);
  });

  it('finds a partnership by name, ignoring case and diacritics', async () => {
    expect((await partnerships({ filter: { text: 'FOR SOCIALA' } })).nodes.map((p) => p.slug)).toEqual([PSI]);
    expect((await partnerships({ filter: { text: 'kooperativ' } })).totalCount).toBe(0);
  });
});

describe('partnership', () => {
  interface Page {
    partnership: {
      name: string;
      started: { date: string; approximate: boolean } | null;
      coordinator: { slug: string } | null;
      members: { role: string; organisation: { slug: string }; sources: { source: { key: string } }[] }[];
      statedSizes: {
        memberCount: number;
        comparison: string;
        asOf: { date: string; approximate: boolean } | null;
        source: { key: string };
      }[];
      projectRoles: { role: string; project: { slug: string } }[];
      eventRoles: { role: string; event: { key: string } }[];
      sources: { quote: string | null; source: { key: string } }[];
    };
  }
  let p: Page['partnership'];
  beforeAll(async () => {
    const r = await s.operation<Page>('PartnershipPage', { slug: PSI });
    expect(r.errors).toBeUndefined();
    p = r.data!.partnership;
  });

  it('shows when it started (c. January 2015) and its coordinator Cesam', () => {
    expect(p.started).toEqual({ date: '2015-01-01', approximate: true });
    expect(p.coordinator?.slug).toBe('cesam');
  });

  it('lists the members known by name, each with its source', () => {
    expect(p.members.map((m) => `${m.role} ${m.organisation.slug} ${m.sources.map((c) => c.source.key).join(',')}`).sort()).toEqual([
      'COORDINATOR cesam region-orebro-psi-later',
      'MEMBER region-orebro-lan seed-000',
    ]);
  });

  it('keeps both stated sizes, each with the source stating it: nearly 30 in 2017 (seed-000), about 40 later', () => {
    expect(p.statedSizes).toEqual([
      {
        memberCount: 30,
        comparison: 'NEARLY',
        asOf: { date: '2017-01-01', approximate: true },
        asOfText: '2017',
        source: { key: 'seed-000', title: expect.any(String) },
      },
      {
        memberCount: 40,
        comparison: 'APPROXIMATELY',
        asOf: null,
        asOfText: 'later regional material (undated)',
        source: { key: 'region-orebro-psi-later', title: expect.any(String) },
      },
    ]);
  });

  it('shows the projects and events it takes part in', () => {
    expect(p.projectRoles.map((r) => `${r.role} ${r.project.slug}`).sort()).toEqual([
      'PARTICIPANT raise',
      'PARTICIPANT sociala-foretag-for-regional-tillvaxt',
    ]);
    expect(p.eventRoles.map((r) => `${r.role} ${r.event.key}`)).toEqual(['PARTICIPANT raise-dinner-orebro-slott-2018']);
  });

  it('cites seed-000 with its quote', () => {
    expect(p.sources).toContainEqual({
      quote: 'En sammanslutning av nästan 30 organisationer i Örebro län, där Region Örebro län ingår.',
      source: { key: 'seed-000', title: expect.any(String) },
    });
  });
});
