import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { pino } from 'pino';
import { createApp, type AtlasApp } from '../../server/src/app.js';

export interface GqlResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown>; path?: (string | number)[] }[];
}

export interface TestServer {
  url: string;
  app: AtlasApp;
  /** Every SQL statement the ORM ran since the last `resetQueries()`. */
  queries: string[];
  resetQueries(): void;
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GqlResponse<T>>;
  close(): Promise<void>;
}

async function freshPostgresDatabase(baseUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `atlas_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: baseUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

/**
 * Starts the real server on a random port over a database of its own: a fresh PostgreSQL database
 * when DATABASE_URL is set (CI), else an in-memory embedded one. Migrated and seeded like production.
 */
export async function startTestServer(options: { requestTimeoutMs?: number; statementTimeoutMs?: number } = {}): Promise<TestServer> {
  const queries: string[] = [];
  const onQuery = (line: string) => {
    if (/\[query\]/.test(line)) queries.push(line);
  };
  const pgDb = process.env.DATABASE_URL ? await freshPostgresDatabase(process.env.DATABASE_URL) : null;
  const app = await createApp({
    databaseUrl: pgDb?.url,
    dataDir: pgDb ? undefined : 'memory://',
    logger: pino({ level: 'silent' }),
    dashboardDir: null,
    onQuery,
    requestTimeoutMs: options.requestTimeoutMs,
    statementTimeoutMs: options.statementTimeoutMs,
  });
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
  const { port } = app.server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    app,
    queries,
    resetQueries: () => {
      queries.length = 0;
    },
    async gql(query, variables, headers) {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as Omit<GqlResponse, 'status'>;
      return { status: res.status, ...body } as GqlResponse<never>;
    },
    async close() {
      await app.close();
      await pgDb?.drop();
    },
  };
}
