import { auditServer, type AuditResult } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';

/** GraphQL over HTTP conformance, audited by graphql-http against the running server. */

let s: TestServer;
let results: AuditResult[];
beforeAll(async () => {
  s = await startTestServer();
  results = await auditServer({ url: `${s.url}/graphql` });
});
afterAll(async () => {
  await s?.close();
});

const summary = (status: AuditResult['status']) =>
  results.filter((r) => r.status === status).map((r) => `${r.id} ${r.name}${r.status !== 'ok' ? `: ${r.reason}` : ''}`);

describe('GraphQL over HTTP (graphql-http audit)', () => {
  it('runs the whole audit', () => {
    expect(results.length).toBeGreaterThan(50);
  });

  it('meets every MUST of the spec: no audit errors', () => {
    expect(summary('error')).toEqual([]);
  });

  it('keeps only the known SHOULD warnings: Apollo answers parse, validation and variable errors with 400 even to application/json clients', () => {
    expect(
      results
        .filter((r) => r.status === 'warn')
        .map((r) => r.id)
        .sort(),
    ).toEqual(['572B', '7B9B', 'FDE2']);
  });

  it('keeps only the known MAY notices: GETs without a preflight header are refused by CSRF prevention', () => {
    expect(
      results
        .filter((r) => r.status === 'notice')
        .map((r) => r.id)
        .sort(),
    ).toEqual(['5A70', '6A70', 'D6D5']);
  });
});
