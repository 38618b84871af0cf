import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRepoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'pnpm-workspace.yaml'))) {
    const parent = dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
  return dir;
}

export const repoRoot = findRepoRoot();
/** The server package (found from the repository root: this module may run from src/ or from the dist/ bundle). */
export const serverRoot = join(repoRoot, 'server');

function intFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a non-negative integer, got "${raw}"`);
  return n;
}

export interface AtlasEnv {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  replicaUrl: string | undefined;
  dataDir: string;
  statementTimeoutMs: number;
  requestTimeoutMs: number;
  logLevel: string;
  production: boolean;
}

export function readEnv(): AtlasEnv {
  return {
    port: intFromEnv('PORT', 4000),
    host: process.env.HOST || '0.0.0.0',
    databaseUrl: process.env.DATABASE_URL || undefined,
    replicaUrl: process.env.DATABASE_REPLICA_URL || undefined,
    dataDir: resolve(process.env.DATA_DIR || join(repoRoot, '.data', 'atlas')),
    statementTimeoutMs: intFromEnv('STATEMENT_TIMEOUT_MS', 5000),
    requestTimeoutMs: intFromEnv('REQUEST_TIMEOUT_MS', 10000),
    logLevel: process.env.LOG_LEVEL || 'info',
    production: process.env.NODE_ENV === 'production',
  };
}
