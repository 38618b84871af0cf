import { randomBytes, randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { pino, type Logger } from 'pino';
import { createApp, type AtlasApp } from '../../server/src/app.js';
import { embeddedDatabaseCopy } from './embedded-template.js';
import { operationDocument } from './operations.js';

export interface GqlResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown>; path?: (string | number)[] }[];
}

export interface TestServer {
  url: string;
  app: AtlasApp;
  /** The PostgreSQL database this server runs on (DATABASE_URL set), for a second connection in a test. */
  databaseUrl: string | undefined;
  /** Every SQL statement the ORM ran since the last `resetQueries()`. */
  queries: string[];
  resetQueries(): void;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GqlResponse<T>>;
  /** Runs a named operation from schema/operations/*.graphql (the ones the dashboard uses). */
  operation<T = Record<string, unknown>>(
    operationName: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GqlResponse<T>>;
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
 * when DATABASE_URL is set (CI), else an embedded one. Migrated and seeded like production. The
 * embedded one is a private copy of a database migrated and seeded once per change of schema or data
 * (see embedded-template.ts); ATLAS_TEST_FRESH_EMBEDDED=1 makes each server migrate and seed an
 * in-memory one itself instead.
 */
export async function startTestServer(
  options: { requestTimeoutMs?: number; statementTimeoutMs?: number; logger?: Logger } = {},
): Promise<TestServer> {
  const queries: string[] = [];
  const onQuery = (line: string) => {
    if (/\[query\]/.test(line)) queries.push(line);
  };
  const pgDb = process.env.DATABASE_URL ? await freshPostgresDatabase(process.env.DATABASE_URL) : null;
  const embedded = pgDb || process.env.ATLAS_TEST_FRESH_EMBEDDED === '1' ? null : await embeddedDatabaseCopy();
  const app = await createApp({
    databaseUrl: pgDb?.url,
    dataDir: pgDb ? undefined : (embedded?.dataDir ?? 'memory://'),
    logger: options.logger ?? pino({ level: 'silent' }),
    // Each test server counts sign-in attempts apart (with REDIS_URL the counts would otherwise carry
    // over from earlier runs within the window, all from 127.0.0.1).
    rateLimitPrefix: `atlas:test:${randomUUID()}:ratelimit:`,
    dashboardDir: null,
    onQuery,
    requestTimeoutMs: options.requestTimeoutMs,
    statementTimeoutMs: options.statementTimeoutMs,
  }).catch(async (err: unknown) => {
    await pgDb?.drop();
    embedded?.drop();
    throw err;
  });
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
  const { port } = app.server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  async function post<T>(
    body: { query: string; variables?: Record<string, unknown>; operationName?: string },
    headers?: Record<string, string>,
  ): Promise<GqlResponse<T>> {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
    const json = (await res.json()) as Omit<GqlResponse<T>, 'status'>;
    return { status: res.status, ...json };
  }
  return {
    url,
    app,
    databaseUrl: pgDb?.url,
    queries,
    resetQueries: () => {
      queries.length = 0;
    },
    gql: (query, variables, headers) => post({ query, variables }, headers),
    operation: (operationName, variables, headers) => post({ query: operationDocument(operationName), variables, operationName }, headers),
    async close() {
      await app.close();
      await pgDb?.drop();
      embedded?.drop();
    },
  };
}
