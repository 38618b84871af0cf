import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { createAccounts, newPassword, type Account, type Accounts } from './accounts';

// Builds the dashboard and starts the real server on it, as `npm start` does: the embedded database in a
// fresh temporary directory (DATABASE_URL unset), a free port, the reference data loaded. Stopped with
// SIGTERM afterwards. With ATLAS_URL set, the tests use that server instead and nothing is built.
//
// Accounts for the editing tests: an ADMIN made with the server's create-admin command against the
// fresh database before the server starts; the admin then creates an editor, a partnership editor and
// a viewer through the API. Against ATLAS_URL, give an admin with ATLAS_ADMIN_EMAIL and
// ATLAS_ADMIN_PASSWORD (the editing tests are skipped without one).

declare module 'vitest' {
  export interface ProvidedContext {
    atlasUrl: string;
    atlasAccounts: Accounts | null;
  }
}

const dashboardDir = fileURLToPath(new URL('..', import.meta.url));
const serverDir = fileURLToPath(new URL('../../server/', import.meta.url));

/**
 * The same steps as `pnpm run build` (the dashboard, the offline GraphiQL beside it, the start-page budget),
 * in child processes with NODE_ENV=production: under Vitest NODE_ENV is "test", and a build made in this
 * process would ship React's development build instead of what the run command serves.
 */
function buildDashboard(): void {
  const vite = join(dirname(createRequire(join(dashboardDir, 'package.json')).resolve('vite/package.json')), 'bin', 'vite.js');
  const env = { ...process.env, NODE_ENV: 'production' };
  const steps = [
    [vite, 'build', '--logLevel', 'warn'],
    [vite, 'build', '--config', 'vite.graphiql.config.ts', '--logLevel', 'warn'],
    ['tooling/start-page-size.mjs'],
  ];
  for (const args of steps) {
    const result = spawnSync(process.execPath, args, { cwd: dashboardDir, env, stdio: 'inherit' });
    if (result.status !== 0) throw new Error(`Building the dashboard failed: node ${args.join(' ')}`);
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** The server's create-admin command on the database in `dataDir` (before the server opens it). */
function createAdmin(env: NodeJS.ProcessEnv, admin: Account): void {
  const args = [
    '--import',
    'tsx',
    'src/scripts/create-admin.ts',
    '--email',
    admin.email,
    '--name',
    admin.displayName,
    '--password-env',
    'ATLAS_E2E_ADMIN_PASSWORD',
  ];
  const result = spawnSync(process.execPath, args, {
    cwd: serverDir,
    env: { ...env, ATLAS_E2E_ADMIN_PASSWORD: admin.password },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`create-admin failed:\n${result.stdout}\n${result.stderr}`);
}

async function waitUntilReady(url: string, server: ChildProcess, output: () => string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`The server exited with ${server.exitCode} before it was ready:\n${output()}`);
    try {
      const response = await fetch(`${url}/readyz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The server was not ready within ${timeoutMs / 1000} s:\n${output()}`);
}

function stop(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => server.kill('SIGKILL'), 20_000);
    server.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    server.kill('SIGTERM');
  });
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const external = process.env.ATLAS_URL;
  if (external) {
    const url = external.replace(/\/$/, '');
    project.provide('atlasUrl', url);
    const { ATLAS_ADMIN_EMAIL: email, ATLAS_ADMIN_PASSWORD: password } = process.env;
    const suffix = `+${Date.now().toString(36)}`;
    project.provide(
      'atlasAccounts',
      email && password ? await createAccounts(url, { email, password, displayName: 'Admin' }, suffix) : null,
    );
    return async () => {};
  }

  if (process.env.ATLAS_E2E_SKIP_BUILD !== '1') buildDashboard();

  const dataDir = mkdtempSync(join(tmpdir(), 'atlas-e2e-'));
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    // Sign-in attempts counted apart from earlier runs (with REDIS_URL, counts outlive the server).
    RATE_LIMIT_PREFIX: `atlas:e2e:${process.pid}-${Date.now()}:ratelimit:`,
  };
  delete env.DATABASE_URL;
  delete env.DATABASE_REPLICA_URL;
  const admin: Account = { email: 'admin@e2e.example.org', password: newPassword(), displayName: 'Ada Admin' };
  try {
    createAdmin(env, admin);
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }

  // One process (node running bin/start.mjs, the server's bundle), so that SIGTERM reaches the server itself.
  const server = spawn(process.execPath, ['bin/start.mjs'], { cwd: serverDir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  server.stdout?.on('data', keep);
  server.stderr?.on('data', keep);

  const url = `http://127.0.0.1:${port}`;
  try {
    await waitUntilReady(url, server, () => output);
  } catch (error) {
    await stop(server);
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  project.provide('atlasUrl', url);
  try {
    project.provide('atlasAccounts', await createAccounts(url, admin));
  } catch (error) {
    await stop(server);
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }

  return async () => {
    await stop(server);
    rmSync(dataDir, { recursive: true, force: true });
  };
}
