// Every mutation, under every role: anonymous, viewer, partnership editor in scope and out of scope,
// editor, admin. The matrix below is the specification; the test fails if a mutation of the schema has
// no row in it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { account, gql, gqlOk, session, type Caller } from './edit-support.js';

type Role = 'anonymous' | 'viewer' | 'peIn' | 'peOut' | 'editor' | 'admin';
type Outcome = 'ok' | 'UNAUTHENTICATED' | 'FORBIDDEN';
const ROLES: Role[] = ['anonymous', 'viewer', 'peIn', 'peOut', 'editor', 'admin'];

const OK: Outcome = 'ok';
const UN: Outcome = 'UNAUTHENTICATED';
const FB: Outcome = 'FORBIDDEN';

/**
 * anonymous | viewer | PE on its own partnership ("in") | PE elsewhere ("out") | editor | admin.
 * Targets: the PE in scope acts on records of its assigned partnership (or its own source, its own token);
 * every other caller acts on records outside it (or someone else's token or source).
 */
const MATRIX: Record<string, [Outcome, Outcome, Outcome, Outcome, Outcome, Outcome]> = {
  signIn: [OK, OK, OK, OK, OK, OK],
  signOut: [OK, OK, OK, OK, OK, OK],
  changePassword: [UN, OK, OK, OK, OK, OK],
  createApiToken: [UN, OK, OK, OK, OK, OK],
  revokeApiToken: [UN, FB, OK, FB, FB, OK],
  createUser: [UN, FB, FB, FB, FB, OK],
  setUserRole: [UN, FB, FB, FB, FB, OK],
  setUserDisabled: [UN, FB, FB, FB, FB, OK],
  assignPartnership: [UN, FB, FB, FB, FB, OK],
  unassignPartnership: [UN, FB, FB, FB, FB, OK],
  createOrganisation: [UN, FB, OK, FB, OK, OK],
  updateOrganisation: [UN, FB, OK, FB, OK, OK],
  deleteOrganisation: [UN, FB, FB, FB, OK, OK],
  createPartnership: [UN, FB, FB, FB, OK, OK],
  updatePartnership: [UN, FB, OK, FB, OK, OK],
  deletePartnership: [UN, FB, FB, FB, OK, OK],
  createMembership: [UN, FB, OK, FB, OK, OK],
  updateMembership: [UN, FB, OK, FB, OK, OK],
  deleteMembership: [UN, FB, OK, FB, OK, OK],
  createProject: [UN, FB, FB, FB, OK, OK],
  updateProject: [UN, FB, FB, FB, OK, OK],
  deleteProject: [UN, FB, FB, FB, OK, OK],
  addProjectParticipant: [UN, FB, FB, FB, OK, OK],
  removeProjectParticipant: [UN, FB, FB, FB, OK, OK],
  createFunding: [UN, FB, FB, FB, OK, OK],
  updateFunding: [UN, FB, FB, FB, OK, OK],
  deleteFunding: [UN, FB, FB, FB, OK, OK],
  createOutcome: [UN, FB, FB, FB, OK, OK],
  updateOutcome: [UN, FB, FB, FB, OK, OK],
  deleteOutcome: [UN, FB, FB, FB, OK, OK],
  createEvent: [UN, FB, OK, FB, OK, OK],
  updateEvent: [UN, FB, OK, FB, OK, OK],
  deleteEvent: [UN, FB, OK, FB, OK, OK],
  createSource: [UN, FB, OK, OK, OK, OK],
  updateSource: [UN, FB, OK, FB, OK, OK],
  deleteSource: [UN, FB, OK, FB, OK, OK],
  createImportJob: [UN, FB, FB, FB, OK, OK],
};

let s: TestServer;
const callers = {} as Record<Role, Caller>;
let pIn: { id: string; slug: string };
let pOut: { id: string; slug: string };
let seq = 0;
const SRC = { key: 'seed-003' };
const emails: Record<Exclude<Role, 'anonymous' | 'peOut'>, string> = {
  viewer: 'viewer@example.org',
  peIn: 'pe@example.org',
  editor: 'editor@example.org',
  admin: 'admin@example.org',
};

const asAdmin = <T = Record<string, any>>(q: string, v: Record<string, unknown> = {}) => gqlOk<T>(s, q, v, callers.admin);
const next = () => (seq += 1);

async function newPartnership(): Promise<{ id: string; slug: string }> {
  const n = next();
  return (
    await asAdmin(`mutation($i: CreatePartnershipInput!) { createPartnership(input: $i) { id slug } }`, {
      i: { name: `Matrix Partnership ${n}`, source: SRC },
    })
  ).createPartnership;
}
async function newOrg(memberOf?: string): Promise<{ id: string; slug: string; version: number }> {
  const n = next();
  const i = { name: `Matrix Org ${n}`, kind: 'ASSOCIATION', source: SRC, ...(memberOf ? { memberOf: { partnershipId: memberOf } } : {}) };
  return (await asAdmin(`mutation($i: CreateOrganisationInput!) { createOrganisation(input: $i) { id slug version } }`, { i }))
    .createOrganisation;
}
async function newMembership(partnershipId: string): Promise<{ id: string; version: number }> {
  const org = await newOrg();
  return (
    await asAdmin(`mutation($i: CreateMembershipInput!) { createMembership(input: $i) { id version } }`, {
      i: { partnershipId, organisationId: org.id, source: SRC },
    })
  ).createMembership;
}
async function newProject(): Promise<{ id: string; slug: string; version: number }> {
  const n = next();
  return (
    await asAdmin(`mutation($i: CreateProjectInput!) { createProject(input: $i) { id slug version } }`, {
      i: { name: `Matrix Project ${n}`, source: SRC },
    })
  ).createProject;
}
async function newFunding(): Promise<{ id: string; version: number }> {
  const p = await newProject();
  return (
    await asAdmin(`mutation($i: CreateFundingInput!) { createFunding(input: $i) { id version } }`, {
      i: { amount: '1000', projectIds: [p.id], source: SRC },
    })
  ).createFunding;
}
async function newOutcome(): Promise<{ id: string; version: number }> {
  const p = await newProject();
  return (
    await asAdmin(`mutation($i: CreateOutcomeInput!) { createOutcome(input: $i) { id } }`, {
      i: { projectId: p.id, metric: 'PARTICIPANTS', kind: 'TARGET', value: '10', source: SRC },
    })
  ).createOutcome;
}
async function newEvent(partnershipId: string): Promise<{ id: string }> {
  const n = next();
  return (
    await asAdmin(`mutation($i: CreateEventInput!) { createEvent(input: $i) { id } }`, {
      i: { name: `Matrix Event ${n}`, kind: 'MEETING', participants: [{ partnershipId, role: 'PARTICIPANT' }], source: SRC },
    })
  ).createEvent;
}
async function newSource(by: Caller): Promise<{ id: string }> {
  const n = next();
  return (
    await gqlOk(
      s,
      `mutation($i: NewSourceInput!) { createSource(input: $i) { id } }`,
      { i: { title: `Matrix Source ${n}`, publisher: 'Matrix' } },
      by,
    )
  ).createSource;
}
async function newUser(role = 'VIEWER'): Promise<{ id: string; email: string }> {
  const email = `throwaway-${next()}@example.org`;
  return (
    await asAdmin(`mutation($i: CreateUserInput!) { createUser(input: $i) { id email } }`, {
      i: { email, password: 'throwaway password 1', role },
    })
  ).createUser;
}
async function version(id: string): Promise<number> {
  return (
    await gqlOk(
      s,
      `query($id: ID!) { node(id: $id) { ... on Organisation { version } ... on Partnership { version } ... on Membership { version } ... on Project { version } ... on Funding { version } } }`,
      { id },
    )
  ).node.version;
}

interface Case {
  /** Prepares what the mutation acts on; `inScope` is true only for the partnership editor acting in scope. */
  setup(inScope: boolean, caller: Caller, role: Role): Promise<{ query: string; variables?: Record<string, unknown>; caller?: Caller }>;
}

const CASES: Record<keyof typeof MATRIX, Case> = {
  signIn: {
    async setup(_in, _caller, role) {
      const u = await newUser();
      // A session of its own: signing in replaces the session the request came with.
      const caller = role === 'anonymous' ? null : await session(s, role === 'peOut' ? emails.peIn : emails[role]);
      return { query: `mutation { signIn(email: "${u.email}", password: "throwaway password 1") { user { email } } }`, caller };
    },
  },
  signOut: {
    async setup(_in, _caller, role) {
      const caller = role === 'anonymous' ? null : await session(s, role === 'peOut' ? emails.peIn : emails[role]);
      return { query: 'mutation { signOut }', caller };
    },
  },
  changePassword: {
    async setup(_in, _caller, role) {
      if (role === 'anonymous')
        return { query: 'mutation { changePassword(input: { currentPassword: "x", newPassword: "another password 2" }) }', caller: null };
      const u = await newUser(
        role === 'admin' ? 'ADMIN' : role === 'editor' ? 'EDITOR' : role === 'viewer' ? 'VIEWER' : 'PARTNERSHIP_EDITOR',
      );
      return {
        query: 'mutation { changePassword(input: { currentPassword: "throwaway password 1", newPassword: "another password 2" }) }',
        caller: await session(s, u.email),
      };
    },
  },
  createApiToken: { setup: async () => ({ query: 'mutation { createApiToken(name: "matrix") { token } }' }) },
  revokeApiToken: {
    async setup(inScope, caller) {
      const owner = inScope ? caller : await session(s, (await newUser()).email);
      const t = await gqlOk(s, 'mutation { createApiToken(name: "to revoke") { apiToken { id } } }', {}, owner);
      return { query: 'mutation($id: ID!) { revokeApiToken(id: $id) { revokedAt } }', variables: { id: t.createApiToken.apiToken.id } };
    },
  },
  createUser: {
    setup: async () => ({
      query: `mutation { createUser(input: { email: "new-${next()}@example.org", password: "first password 1", role: VIEWER }) { id } }`,
    }),
  },
  setUserRole: {
    setup: async () => ({
      query: 'mutation($id: ID!) { setUserRole(userId: $id, role: EDITOR) { role } }',
      variables: { id: (await newUser()).id },
    }),
  },
  setUserDisabled: {
    setup: async () => ({
      query: 'mutation($id: ID!) { setUserDisabled(userId: $id, disabled: true) { disabled } }',
      variables: { id: (await newUser()).id },
    }),
  },
  assignPartnership: {
    setup: async () => ({
      query: 'mutation($u: ID!, $p: ID!) { assignPartnership(userId: $u, partnershipId: $p) { id } }',
      variables: { u: (await newUser('PARTNERSHIP_EDITOR')).id, p: pOut.id },
    }),
  },
  unassignPartnership: {
    async setup() {
      const u = await newUser('PARTNERSHIP_EDITOR');
      await asAdmin('mutation($u: ID!, $p: ID!) { assignPartnership(userId: $u, partnershipId: $p) { id } }', { u: u.id, p: pOut.id });
      return {
        query: 'mutation($u: ID!, $p: ID!) { unassignPartnership(userId: $u, partnershipId: $p) { id } }',
        variables: { u: u.id, p: pOut.id },
      };
    },
  },
  createOrganisation: {
    setup: async (inScope) => ({
      query: 'mutation($i: CreateOrganisationInput!) { createOrganisation(input: $i) { id } }',
      variables: {
        i: {
          name: `Matrix New Org ${next()}`,
          kind: 'SOCIAL_ENTERPRISE',
          memberOf: { partnershipId: (inScope ? pIn : pOut).id },
          source: SRC,
        },
      },
    }),
  },
  updateOrganisation: {
    async setup(inScope) {
      const o = await newOrg((inScope ? pIn : pOut).id);
      return {
        query: 'mutation($i: UpdateOrganisationInput!) { updateOrganisation(input: $i) { version } }',
        variables: { i: { id: o.id, version: o.version, description: 'Edited', source: SRC } },
      };
    },
  },
  deleteOrganisation: {
    setup: async () => ({
      query: 'mutation($i: DeleteInput!) { deleteOrganisation(input: $i) { deletedId } }',
      variables: { i: { id: (await newOrg()).id } },
    }),
  },
  createPartnership: {
    setup: async () => ({
      query: 'mutation($i: CreatePartnershipInput!) { createPartnership(input: $i) { id } }',
      variables: { i: { name: `Matrix New Partnership ${next()}`, source: SRC } },
    }),
  },
  updatePartnership: {
    async setup(inScope) {
      const p = inScope ? pIn : pOut;
      return {
        query: 'mutation($i: UpdatePartnershipInput!) { updatePartnership(input: $i) { version } }',
        variables: { i: { id: p.id, version: await version(p.id), description: `Edited ${next()}`, source: SRC } },
      };
    },
  },
  deletePartnership: {
    setup: async () => ({
      query: 'mutation($i: DeleteInput!) { deletePartnership(input: $i) { deletedId } }',
      variables: { i: { id: (await newPartnership()).id } },
    }),
  },
  createMembership: {
    setup: async (inScope) => ({
      query: 'mutation($i: CreateMembershipInput!) { createMembership(input: $i) { id } }',
      variables: { i: { partnershipId: (inScope ? pIn : pOut).id, organisationId: (await newOrg()).id, source: SRC } },
    }),
  },
  updateMembership: {
    async setup(inScope) {
      const m = await newMembership((inScope ? pIn : pOut).id);
      return {
        query: 'mutation($i: UpdateMembershipInput!) { updateMembership(input: $i) { version } }',
        variables: { i: { id: m.id, version: m.version, from: '2020-01-01', source: SRC } },
      };
    },
  },
  deleteMembership: {
    setup: async (inScope) => ({
      query: 'mutation($i: DeleteInput!) { deleteMembership(input: $i) { deletedId } }',
      variables: { i: { id: (await newMembership((inScope ? pIn : pOut).id)).id } },
    }),
  },
  createProject: {
    setup: async () => ({
      query: 'mutation($i: CreateProjectInput!) { createProject(input: $i) { id } }',
      variables: { i: { name: `Matrix New Project ${next()}`, source: SRC } },
    }),
  },
  updateProject: {
    async setup() {
      const p = await newProject();
      return {
        query: 'mutation($i: UpdateProjectInput!) { updateProject(input: $i) { version } }',
        variables: { i: { id: p.id, version: p.version, status: 'ACTIVE', source: SRC } },
      };
    },
  },
  deleteProject: {
    setup: async () => ({
      query: 'mutation($i: DeleteInput!) { deleteProject(input: $i) { deletedId } }',
      variables: { i: { id: (await newProject()).id } },
    }),
  },
  addProjectParticipant: {
    setup: async () => ({
      query: 'mutation($i: ProjectParticipantInput!) { addProjectParticipant(input: $i) { id } }',
      variables: { i: { projectId: (await newProject()).id, partnershipId: pOut.id, role: 'PARTNER', source: SRC } },
    }),
  },
  removeProjectParticipant: {
    async setup() {
      const p = await newProject();
      const i = { projectId: p.id, partnershipId: pOut.id, role: 'PARTNER' };
      await asAdmin('mutation($i: ProjectParticipantInput!) { addProjectParticipant(input: $i) { id } }', { i: { ...i, source: SRC } });
      return { query: 'mutation($i: ProjectParticipantInput!) { removeProjectParticipant(input: $i) { id } }', variables: { i } };
    },
  },
  createFunding: {
    setup: async () => ({
      query: 'mutation($i: CreateFundingInput!) { createFunding(input: $i) { id } }',
      variables: { i: { amount: '500.50', projectIds: [(await newProject()).id], source: SRC } },
    }),
  },
  updateFunding: {
    async setup() {
      const f = await newFunding();
      return {
        query: 'mutation($i: UpdateFundingInput!) { updateFunding(input: $i) { version } }',
        variables: { i: { id: f.id, version: f.version, amount: '2000', source: SRC } },
      };
    },
  },
  deleteFunding: {
    setup: async () => ({
      query: 'mutation($i: DeleteInput!) { deleteFunding(input: $i) { deletedId } }',
      variables: { i: { id: (await newFunding()).id } },
    }),
  },
  createOutcome: {
    setup: async () => ({
      query: 'mutation($i: CreateOutcomeInput!) { createOutcome(input: $i) { id } }',
      variables: { i: { projectId: (await newProject()).id, metric: 'INTO_WORK', kind: 'ACTUAL', value: '5', source: SRC } },
    }),
  },
  updateOutcome: {
    setup: async () => ({
      query: 'mutation($i: UpdateOutcomeInput!) { updateOutcome(input: $i) { id } }',
      variables: { i: { id: (await newOutcome()).id, version: 1, value: '12', source: SRC } },
    }),
  },
  deleteOutcome: {
    setup: async () => ({
      query: 'mutation($i: DeleteInput!) { deleteOutcome(input: $i) { deletedId } }',
      variables: { i: { id: (await newOutcome()).id } },
    }),
  },
  createEvent: {
    setup: async (inScope) => ({
      query: 'mutation($i: CreateEventInput!) { createEvent(input: $i) { id } }',
      variables: {
        i: {
          name: `Matrix New Event ${next()}`,
          kind: 'STUDY_VISIT',
          participants: [{ partnershipId: (inScope ? pIn : pOut).id, role: 'HOST' }],
          source: SRC,
        },
      },
    }),
  },
  updateEvent: {
    setup: async (inScope) => ({
      query: 'mutation($i: UpdateEventInput!) { updateEvent(input: $i) { id } }',
      variables: { i: { id: (await newEvent((inScope ? pIn : pOut).id)).id, version: 1, place: 'Örebro', source: SRC } },
    }),
  },
  deleteEvent: {
    setup: async (inScope) => ({
      query: 'mutation($i: DeleteInput!) { deleteEvent(input: $i) { deletedId } }',
      variables: { i: { id: (await newEvent((inScope ? pIn : pOut).id)).id } },
    }),
  },
  createSource: {
    setup: async () => ({
      query: `mutation { createSource(input: { title: "Matrix New Source ${next()}", publisher: "Matrix" }) { id } }`,
    }),
  },
  updateSource: {
    setup: async (inScope, caller) => ({
      query: 'mutation($i: UpdateSourceInput!) { updateSource(input: $i) { id } }',
      variables: { i: { id: (await newSource(inScope ? caller : callers.admin)).id, version: 1, summary: 'Edited' } },
    }),
  },
  deleteSource: {
    setup: async (inScope, caller) => ({
      query: 'mutation($i: DeleteInput!) { deleteSource(input: $i) { deletedId } }',
      variables: { i: { id: (await newSource(inScope ? caller : callers.admin)).id } },
    }),
  },
  createImportJob: { setup: async () => ({ query: 'mutation { createImportJob(kind: ORGANISATIONS, dryRun: true) { id } }' }) },
};

beforeAll(async () => {
  s = await startTestServer();
  await account(s, emails.admin, 'ADMIN');
  await account(s, emails.editor, 'EDITOR');
  await account(s, emails.viewer, 'VIEWER');
  await account(s, emails.peIn, 'PARTNERSHIP_EDITOR');
  callers.anonymous = null;
  callers.admin = await session(s, emails.admin);
  callers.editor = await session(s, emails.editor);
  callers.viewer = await session(s, emails.viewer);
  pIn = await newPartnership();
  pOut = await newPartnership();
  const users = await asAdmin('{ users(first: 100) { nodes { id email } } }');
  const pe = users.users.nodes.find((u: { email: string }) => u.email === emails.peIn);
  await asAdmin('mutation($u: ID!, $p: ID!) { assignPartnership(userId: $u, partnershipId: $p) { id } }', { u: pe.id, p: pIn.id });
  callers.peIn = await session(s, emails.peIn);
  callers.peOut = callers.peIn; // the same partnership editor, acting outside its partnership
});
afterAll(async () => {
  await s?.close();
});

describe('the role matrix', () => {
  it('has a row for every mutation in the schema', async () => {
    const schema = await gqlOk(s, '{ __schema { mutationType { fields { name } } } }');
    const names = schema.__schema.mutationType.fields.map((f: { name: string }) => f.name).sort();
    expect(Object.keys(MATRIX).sort()).toEqual(names);
  });

  for (const [mutation, expected] of Object.entries(MATRIX)) {
    it(`${mutation}: ${ROLES.map((r, i) => `${r} ${expected[i]}`).join(', ')}`, async () => {
      const seen: Record<string, string> = {};
      for (const [i, role] of ROLES.entries()) {
        const caller = callers[role];
        const op = await CASES[mutation]!.setup(role === 'peIn', caller, role);
        const r = await gql(s, op.query, op.variables ?? {}, op.caller === undefined ? caller : op.caller);
        const code = r.errors?.length ? String(r.errors[0]!.extensions?.code) : 'ok';
        seen[role] = code === 'ok' || code === expected[i] ? code : `${code}: ${r.errors?.[0]?.message}`;
      }
      expect(seen).toEqual(Object.fromEntries(ROLES.map((r, i) => [r, expected[i]])));
    });
  }
});
