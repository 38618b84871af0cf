import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { account, errorCode, gql, gqlOk, session, type Caller } from './edit-support.js';

let s: TestServer;
let editor: Caller;
beforeAll(async () => {
  s = await startTestServer();
  await account(s, 'historian@example.org', 'EDITOR');
  editor = await session(s, 'historian@example.org');
});
afterAll(async () => {
  await s?.close();
});

const HISTORY = `query($id: ID!, $first: Int, $after: String, $parts: Boolean) {
  history(id: $id, first: $first, after: $after, includeParts: $parts) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { action recordType recordId parentId actor before after changedFields sourceKey at }
  }
}`;

async function historyCount(): Promise<number> {
  const rows = await s.app.db.em.fork().getConnection().execute<{ n: string }[]>('select count(*)::text as n from history_entry');
  return Number(rows[0]!.n);
}

describe('history', () => {
  it('records every change with who, when, and the record before and after, newest first', async () => {
    const made = await gqlOk(
      s,
      'mutation($i: CreateOrganisationInput!) { createOrganisation(input: $i) { id } }',
      { i: { name: 'Historic Org', kind: 'ASSOCIATION', source: { key: 'seed-002' } } },
      editor,
    );
    const id = made.createOrganisation.id;
    await gqlOk(
      s,
      'mutation($i: UpdateOrganisationInput!) { updateOrganisation(input: $i) { version } }',
      { i: { id, version: 1, name: 'Historic Org (renamed)', url: 'https://historic.example.org', source: { key: 'seed-003' } } },
      editor,
    );

    const h = await gqlOk(s, HISTORY, { id }, editor);
    expect(h.history.totalCount).toBe(2);
    const [update, create] = h.history.nodes;
    expect(create).toMatchObject({
      action: 'CREATE',
      recordType: 'Organisation',
      recordId: id,
      actor: 'historian@example.org',
      before: null,
      sourceKey: 'seed-002',
    });
    expect(create.after).toMatchObject({ name: 'Historic Org', kind: 'ASSOCIATION', version: 1, url: null });
    expect(update).toMatchObject({ action: 'UPDATE', changedFields: ['name', 'url'], sourceKey: 'seed-003' });
    expect(update.before).toMatchObject({ name: 'Historic Org', url: null, version: 1 });
    expect(update.after).toMatchObject({ name: 'Historic Org (renamed)', url: 'https://historic.example.org', version: 2 });
    expect(new Date(update.at).getTime()).toBeGreaterThanOrEqual(new Date(create.at).getTime());
  });

  it('shows the actor only to signed-in readers', async () => {
    const made = await gqlOk(
      s,
      'mutation($i: NewSourceInput!) { createSource(input: $i) { id } }',
      { i: { title: 'Anonymous view', publisher: 'x' } },
      editor,
    );
    const anon = await gqlOk(s, HISTORY, { id: made.createSource.id });
    expect(anon.history.nodes[0]).toMatchObject({ action: 'CREATE', actor: null });
  });

  it("includes the parts of a record: memberships in the partnership's history", async () => {
    const p = await gqlOk(s, '{ partnership(slug: "partnerskap-for-sociala-innovationer") { id } }');
    const org = await gqlOk(s, '{ organisation(slug: "hallefors-kommun") { id } }');
    const m = await gqlOk(
      s,
      'mutation($i: CreateMembershipInput!) { createMembership(input: $i) { id } }',
      { i: { partnershipId: p.partnership.id, organisationId: org.organisation.id, role: 'COORDINATOR', source: { key: 'seed-000' } } },
      editor,
    );
    await gqlOk(
      s,
      'mutation($i: DeleteInput!) { deleteMembership(input: $i) { deletedId } }',
      { i: { id: m.createMembership.id } },
      editor,
    );
    const h = await gqlOk(s, HISTORY, { id: p.partnership.id, first: 10 });
    expect(
      h.history.nodes.map((n: { action: string; recordType: string; parentId: string }) => [n.action, n.recordType, n.parentId]),
    ).toEqual([
      ['DELETE', 'Membership', p.partnership.id],
      ['CREATE', 'Membership', p.partnership.id],
    ]);
    expect(h.history.nodes[0].after).toBeNull();
    expect(h.history.nodes[0].before).toMatchObject({ role: 'COORDINATOR' });
    const own = await gqlOk(s, HISTORY, { id: p.partnership.id, parts: false });
    expect(own.history.totalCount).toBe(0);
  });

  it('keeps the projects a funding covers in its snapshots, and pages newest first', async () => {
    const raise = await gqlOk(s, '{ project(slug: "raise") { id } }');
    const allIn = await gqlOk(s, '{ project(slug: "all-in") { id } }');
    const f = await gqlOk(
      s,
      'mutation($i: CreateFundingInput!) { createFunding(input: $i) { id version } }',
      { i: { amount: '100', projectIds: [raise.project.id], source: { key: 'seed-000' } } },
      editor,
    );
    const up = await gqlOk(
      s,
      'mutation($i: UpdateFundingInput!) { updateFunding(input: $i) { version } }',
      { i: { id: f.createFunding.id, version: 1, projectIds: [raise.project.id, allIn.project.id], source: { key: 'seed-000' } } },
      editor,
    );
    expect(up.updateFunding.version).toBe(2);
    const page1 = await gqlOk(s, HISTORY, { id: f.createFunding.id, first: 1 });
    expect(page1.history.nodes[0]).toMatchObject({
      action: 'UPDATE',
      changedFields: ['projects'],
      before: { projects: ['raise'] },
      after: { projects: ['all-in', 'raise'] },
    });
    expect(page1.history.pageInfo.hasNextPage).toBe(true);
    const page2 = await gqlOk(s, HISTORY, { id: f.createFunding.id, first: 1, after: page1.history.pageInfo.endCursor });
    expect(page2.history.nodes[0]).toMatchObject({ action: 'CREATE', after: { amount: '100.00', projects: ['raise'] } });
  });

  it("includes the fundings covering a project in the project's history, also one covering several projects and one deleted", async () => {
    const project = await gqlOk(
      s,
      'mutation($i: CreateProjectInput!) { createProject(input: $i) { id } }',
      { i: { name: 'Funded History Project', regionCodes: ['18'], source: { key: 'seed-000' } } },
      editor,
    );
    const other = await gqlOk(s, '{ project(slug: "raise") { id } }');
    const projectId = project.createProject.id;
    const f = await gqlOk(
      s,
      'mutation($i: CreateFundingInput!) { createFunding(input: $i) { id } }',
      { i: { amount: '250', projectIds: [other.project.id, projectId], source: { key: 'seed-000' } } },
      editor,
    );
    const fundingId = f.createFunding.id;
    await gqlOk(
      s,
      'mutation($i: UpdateFundingInput!) { updateFunding(input: $i) { version } }',
      { i: { id: fundingId, version: 1, amount: '300', source: { key: 'seed-000' } } },
      editor,
    );
    const shape = (n: { action: string; recordType: string; recordId: string }) => `${n.action} ${n.recordType} ${n.recordId}`;

    const h = await gqlOk(s, HISTORY, { id: projectId, first: 20 });
    expect(h.history.nodes.map(shape)).toEqual([
      `UPDATE Funding ${fundingId}`,
      `CREATE Funding ${fundingId}`,
      expect.stringMatching(/^CREATE ProjectRegion /),
      `CREATE Project ${projectId}`,
    ]);
    expect(h.history.totalCount).toBe(4);
    expect(h.history.nodes[0]).toMatchObject({ changedFields: ['amount'], after: { amount: '300.00' } });
    // pages over the merged timeline
    const page1 = await gqlOk(s, HISTORY, { id: projectId, first: 1 });
    const page2 = await gqlOk(s, HISTORY, { id: projectId, first: 1, after: page1.history.pageInfo.endCursor });
    expect([...page1.history.nodes, ...page2.history.nodes].map(shape)).toEqual(h.history.nodes.slice(0, 2).map(shape));
    // the other project it covers has it too; the project's own history alone does not
    const otherH = await gqlOk(s, HISTORY, { id: other.project.id, first: 5 });
    expect(otherH.history.nodes.slice(0, 2).map(shape)).toEqual([`UPDATE Funding ${fundingId}`, `CREATE Funding ${fundingId}`]);
    const own = await gqlOk(s, HISTORY, { id: projectId, parts: false });
    expect(own.history.nodes.map(shape)).toEqual([`CREATE Project ${projectId}`]);

    // moved off the project, then deleted: its history stays in the project's
    await gqlOk(
      s,
      'mutation($i: UpdateFundingInput!) { updateFunding(input: $i) { version } }',
      { i: { id: fundingId, version: 2, projectIds: [other.project.id], source: { key: 'seed-000' } } },
      editor,
    );
    await gqlOk(s, 'mutation($i: DeleteInput!) { deleteFunding(input: $i) { deletedId } }', { i: { id: fundingId } }, editor);
    const after = await gqlOk(s, HISTORY, { id: projectId, first: 20 });
    expect(after.history.nodes.map(shape).slice(0, 2)).toEqual([`DELETE Funding ${fundingId}`, `UPDATE Funding ${fundingId}`]);
    expect(after.history.totalCount).toBe(6);
  });

  it('is written in the same transaction as the change: a refused write leaves no history and no new source', async () => {
    const before = await historyCount();
    const r = await gql(
      s,
      'mutation($i: CreateOrganisationInput!) { createOrganisation(input: $i) { id } }',
      {
        i: {
          name: 'Clash',
          slug: 'hallefors-kommun',
          kind: 'COMPANY',
          source: { new: { key: 'never-written', title: 'Never written', publisher: 'x' } },
        },
      },
      editor,
    );
    expect(errorCode(r)).toBe('CONFLICT');
    expect(await historyCount()).toBe(before);
    expect(errorCode(await gql(s, '{ source(key: "never-written") { key } }'))).toBe('NOT_FOUND');
  });

  it('records deletes, and the history outlives the record', async () => {
    const made = await gqlOk(
      s,
      'mutation($i: CreateProjectInput!) { createProject(input: $i) { id } }',
      { i: { name: 'Doomed Project', regionCodes: ['18'], source: { key: 'seed-000' } } },
      editor,
    );
    const id = made.createProject.id;
    const del = await gqlOk(s, 'mutation($i: DeleteInput!) { deleteProject(input: $i) { deletedId alsoDeleted } }', { i: { id } }, editor);
    expect(del.deleteProject.alsoDeleted).toEqual([expect.stringMatching(/^ProjectRegion:\d+$/)]);
    const h = await gqlOk(s, HISTORY, { id });
    expect(h.history.nodes.map((n: { action: string; recordType: string }) => `${n.action} ${n.recordType}`)).toEqual([
      'DELETE Project',
      'DELETE ProjectRegion',
      'CREATE ProjectRegion',
      'CREATE Project',
    ]);
  });
});
