import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { account, errorCode, gql, gqlOk, session, type Caller } from './edit-support.js';

let s: TestServer;
let editor: Caller;
let ids: { raise: string; allIn: string; psi: string; hallefors: string };
beforeAll(async () => {
  s = await startTestServer();
  await account(s, 'editor@example.org', 'EDITOR');
  editor = await session(s, 'editor@example.org');
  const d = await gqlOk(
    s,
    '{ raise: project(slug: "raise") { id } allIn: project(slug: "all-in") { id } psi: partnership(slug: "partnerskap-for-sociala-innovationer") { id } hallefors: organisation(slug: "hallefors-kommun") { id } }',
  );
  ids = { raise: d.raise.id, allIn: d.allIn.id, psi: d.psi.id, hallefors: d.hallefors.id };
});
afterAll(async () => {
  await s?.close();
});

const SRC = { key: 'seed-000' };

function fieldsOf(r: Awaited<ReturnType<typeof gql>>): string[] {
  const ext = r.errors?.[0]?.extensions ?? {};
  return ((ext.fields as { field: string }[] | undefined)?.map((f) => f.field) ?? [ext.field]).map(String);
}

async function expectInvalid(mutation: string, input: Record<string, unknown>, field: string, code = 'BAD_USER_INPUT') {
  const type = `${mutation[0]!.toUpperCase()}${mutation.slice(1)}Input`;
  const r = await gql(s, `mutation($i: ${type}!) { ${mutation}(input: $i) { __typename } }`, { i: input }, editor);
  expect(errorCode(r), `${mutation} ${field}: ${JSON.stringify(r.errors)}`).toBe(code);
  expect(fieldsOf(r), JSON.stringify(r.errors)).toContain(field);
  return r;
}

describe('validation names the field', () => {
  it('for fundings: amounts are exact decimals ≥ 0, currencies ISO codes, years in order, projects given', async () => {
    const base = { projectIds: [ids.raise], source: SRC };
    await expectInvalid('createFunding', { ...base, amount: '-1' }, 'amount');
    await expectInvalid('createFunding', { ...base, amount: '10.005' }, 'amount');
    await expectInvalid('createFunding', { ...base, currency: 'kronor' }, 'currency');
    await expectInvalid('createFunding', { ...base, yearFrom: 2020, yearTo: 2019 }, 'yearTo');
    await expectInvalid('createFunding', { ...base, projectIds: [] }, 'projectIds');
    await expectInvalid('createFunding', { ...base, projectIds: [ids.hallefors] }, 'projectIds.0');
    const ok = await gqlOk(
      s,
      'mutation($i: CreateFundingInput!) { createFunding(input: $i) { money { amount currency } } }',
      { i: { ...base, amount: '1234567.5' } },
      editor,
    );
    expect(ok.createFunding.money).toEqual({ amount: '1234567.50', currency: 'SEK' });
  });

  it('for memberships, projects and events: dates in order', async () => {
    await expectInvalid(
      'createMembership',
      { partnershipId: ids.psi, organisationId: ids.hallefors, from: '2020-01-01', to: '2019-01-01', source: SRC },
      'to',
    );
    await expectInvalid('createProject', { name: 'Backwards', startDate: '2020-01-01', endDate: '2019-12-31', source: SRC }, 'endDate');
    await expectInvalid(
      'createEvent',
      { name: 'Backwards', kind: 'MEETING', startDate: '2020-01-02', endDate: '2020-01-01', source: SRC },
      'endDate',
    );
  });

  it('for codes: regions and municipalities must exist', async () => {
    await expectInvalid('createProject', { name: 'Nowhere', regionCodes: ['99'], source: SRC }, 'regionCodes.0');
    await expectInvalid('createEvent', { name: 'Nowhere', kind: 'MEETING', municipalityCode: '0000', source: SRC }, 'municipalityCode');
    await expectInvalid('createPartnership', { name: 'Nowhere', regionCode: 'QQ', source: SRC }, 'regionCode');
  });

  it('for outcomes: a value, or a share of a metric, within range', async () => {
    const base = { projectId: ids.allIn, metric: 'STAFF', kind: 'TARGET', source: SRC };
    await expectInvalid('createOutcome', base, 'value');
    await expectInvalid('createOutcome', { ...base, share: '1.5', shareOf: 'PARTICIPANTS' }, 'share');
    await expectInvalid('createOutcome', { ...base, share: '0.5' }, 'value');
  });

  it('for event participants: exactly one of organisation and partnership', async () => {
    await expectInvalid(
      'createEvent',
      { name: 'Who', kind: 'MEETING', participants: [{ role: 'HOST' }], source: SRC },
      'participants.0.organisationId',
    );
    await expectInvalid(
      'createEvent',
      {
        name: 'Who',
        kind: 'MEETING',
        participants: [{ role: 'HOST', organisationId: ids.hallefors, partnershipId: ids.psi }],
        source: SRC,
      },
      'participants.0.organisationId',
    );
  });

  it('for ids: a reference to the wrong type is refused', async () => {
    await expectInvalid('createMembership', { partnershipId: ids.hallefors, organisationId: ids.hallefors, source: SRC }, 'partnershipId');
  });

  it('refuses a duplicate membership or outcome with CONFLICT', async () => {
    const m = { partnershipId: ids.psi, organisationId: ids.hallefors, role: 'MEMBER', source: SRC };
    await gqlOk(s, 'mutation($i: CreateMembershipInput!) { createMembership(input: $i) { id } }', { i: m }, editor);
    await expectInvalid('createMembership', m, 'role', 'CONFLICT');
  });
});

describe('optimistic locking and deletes', () => {
  it('refuses a stale version of a partnership with the current values', async () => {
    const p = await gqlOk(
      s,
      'mutation($i: CreatePartnershipInput!) { createPartnership(input: $i) { id version } }',
      { i: { name: 'Locked Partnership', source: SRC } },
      editor,
    );
    const id = p.createPartnership.id;
    await gqlOk(
      s,
      'mutation($i: UpdatePartnershipInput!) { updatePartnership(input: $i) { version } }',
      { i: { id, version: 1, description: 'first', source: SRC } },
      editor,
    );
    const r = await gql(
      s,
      'mutation($i: UpdatePartnershipInput!) { updatePartnership(input: $i) { version } }',
      { i: { id, version: 1, description: 'second', source: SRC } },
      editor,
    );
    expect(errorCode(r)).toBe('CONFLICT');
    expect(r.errors?.[0]?.extensions).toMatchObject({ currentVersion: 2, current: { description: 'first' } });
  });

  it('shows the version of outcomes, events and sources, and refuses a stale one', async () => {
    const o = await gqlOk(
      s,
      'mutation($i: CreateOutcomeInput!) { createOutcome(input: $i) { id version } }',
      { i: { projectId: ids.raise, metric: 'JOBS_CREATED', kind: 'TARGET', value: '3', source: SRC } },
      editor,
    );
    expect(o.createOutcome.version).toBe(1);
    const up = await gqlOk(
      s,
      'mutation($i: UpdateOutcomeInput!) { updateOutcome(input: $i) { version value } }',
      { i: { id: o.createOutcome.id, version: 1, value: '4', source: SRC } },
      editor,
    );
    expect(up.updateOutcome).toEqual({ version: 2, value: '4.00' });
    const e = await gqlOk(
      s,
      'mutation($i: CreateEventInput!) { createEvent(input: $i) { id version } }',
      { i: { name: 'Versioned meeting', kind: 'MEETING', source: SRC } },
      editor,
    );
    await gqlOk(
      s,
      'mutation($i: UpdateEventInput!) { updateEvent(input: $i) { version } }',
      { i: { id: e.createEvent.id, version: 1, participants: [{ partnershipId: ids.psi, role: 'ORGANISER' }], source: SRC } },
      editor,
    );
    const stale = await gql(
      s,
      'mutation($i: UpdateEventInput!) { updateEvent(input: $i) { version } }',
      { i: { id: e.createEvent.id, version: 1, place: 'Örebro', source: SRC } },
      editor,
    );
    expect(errorCode(stale)).toBe('CONFLICT');
    const src = await gqlOk(s, '{ source(key: "seed-000") { version } }');
    expect(src.source.version).toBe(1);
  });

  it('resolves two simultaneous edits of one version to one success and one CONFLICT', async () => {
    const p = await gqlOk(
      s,
      'mutation($i: CreateProjectInput!) { createProject(input: $i) { id } }',
      { i: { name: 'Raced Project', source: SRC } },
      editor,
    );
    const edit = (description: string) =>
      gql(
        s,
        'mutation($i: UpdateProjectInput!) { updateProject(input: $i) { version description } }',
        { i: { id: p.createProject.id, version: 1, description, source: SRC } },
        editor,
      );
    const results = await Promise.all([edit('one'), edit('two')]);
    expect(results.map((r) => errorCode(r) ?? 'ok').sort()).toEqual(['CONFLICT', 'ok']);
  });

  it('refuses to delete a cited source or a partnership with members, naming what points at them', async () => {
    const src = await gqlOk(s, '{ source(key: "seed-000") { id } }');
    const r = await gql(s, 'mutation($i: DeleteInput!) { deleteSource(input: $i) { deletedId } }', { i: { id: src.source.id } }, editor);
    expect(errorCode(r)).toBe('CONFLICT');
    expect(r.errors?.[0]?.message).toMatch(/citations \(as source\)/);
    const p = await gql(s, 'mutation($i: DeleteInput!) { deletePartnership(input: $i) { deletedId } }', { i: { id: ids.psi } }, editor);
    expect(errorCode(p)).toBe('CONFLICT');
    expect(p.errors?.[0]?.message).toMatch(/memberships \(as partnership\)/);
  });
});
