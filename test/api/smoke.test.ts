import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s?.close();
});

describe('the running server', () => {
  it('answers health and readiness', async () => {
    expect((await fetch(`${s.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${s.url}/readyz`);
    expect(ready.status).toBe(200);
  });

  it('shows the All in project with its owner and targets', async () => {
    const r = await s.gql<{ project: { name: string; owner: { name: string } } }>(`{ project(slug: "all-in") { name owner { name } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data?.project.owner.name).toBe('Hällefors kommun');
  });
});
