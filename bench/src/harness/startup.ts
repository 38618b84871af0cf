import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../paths.js';
import { freePort, startServer, track } from './process.js';

/** How to run pnpm: the one running us when there is one (npm_execpath), else `pnpm` on PATH. */
export function pnpmCommand(): { command: string; prefix: string[] } {
  const execPath = process.env.npm_execpath;
  if (execPath && /pnpm(\.c?js)?$/.test(execPath)) return { command: process.execPath, prefix: [execPath] };
  return { command: 'pnpm', prefix: [] };
}

/**
 * Embedded start: spawn `pnpm --filter @atlas/server start` with a fresh DATA_DIR (so the first start
 * creates the embedded database, migrates and loads the reference data) and no DATABASE_URL, and time
 * until `{ __typename }` is answered.
 */
export async function measureEmbeddedStart(runs: number, timeoutMs = 120_000): Promise<number[]> {
  const out: number[] = [];
  const { command, prefix } = pnpmCommand();
  for (let i = 0; i < runs; i++) {
    const dataDir = mkdtempSync(join(tmpdir(), 'atlas-bench-embedded-'));
    const port = await freePort();
    const env: Record<string, string | undefined> = {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
    };
    delete env.DATABASE_URL;
    delete env.DATABASE_REPLICA_URL;
    try {
      const { proc, readyMs } = await startServer(
        { name: 'ASF Atlas (embedded)', command, args: [...prefix, '--filter', '@atlas/server', 'start'], cwd: repoRoot, env, port },
        timeoutMs,
      );
      track(proc);
      out.push(Math.round(readyMs));
      await proc.stop();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
  return out;
}
