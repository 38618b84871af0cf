#!/usr/bin/env node
// Start-up smoke test of the default (embedded) mode, exactly as a new user runs it:
//   1. `node scripts/atlas.mjs start` with an empty DATA_DIR: time from spawn to the first answered query;
//   2. a stop (SIGTERM) in the middle of the first load, then a start on the same directory: it must
//      reopen intact and answer with the full reference dataset;
//   3. a clean stop (exit code 0), a restart on the same data: same answers, nothing loaded twice.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const env = { ...process.env };
delete env.DATABASE_URL;

function freePort() {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => res(port));
    });
    srv.on('error', rej);
  });
}

function start(dataDir, port) {
  const child = spawn(process.execPath, [join(root, 'scripts', 'atlas.mjs'), 'start'], {
    cwd: root,
    env: { ...env, DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true,
  });
  const exited = new Promise((res) => child.on('exit', (code, signal) => res({ code, signal })));
  return { child, exited, stop: (sig = 'SIGTERM') => process.kill(-child.pid, sig) };
}

const QUERY = '{ regions(filter: { kind: COUNTY }) { code } project(slug: "all-in") { name owner { name } } sources { totalCount } }';

async function query(port) {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: QUERY }),
  });
  return res.json();
}

async function firstAnswer(port, timeoutMs = 120000) {
  const t0 = Date.now();
  for (;;) {
    try {
      const body = await query(port);
      if (body.data) return body;
    } catch {
      /* not listening yet */
    }
    if (Date.now() - t0 > timeoutMs) throw new Error(`no answer on port ${port} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function check(cond, msg) {
  if (!cond) {
    console.error(`smoke: FAILED: ${msg}`);
    process.exit(1);
  }
  console.log(`smoke: ok: ${msg}`);
}

// Build the dashboard first so that the timings below measure the server, not a Vite build.
const built = spawnSync(process.execPath, [join(root, 'scripts', 'atlas.mjs'), 'run', 'build'], { cwd: root, env, stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);

const dataDir = mkdtempSync(join(tmpdir(), 'atlas-smoke-'));
try {
  // 1. First start on an empty directory.
  let port = await freePort();
  const t0 = performance.now();
  let run = start(dataDir, port);
  const body = await firstAnswer(port);
  const firstMs = Math.round(performance.now() - t0);
  check(body.data.regions.length === 21, 'first start answers with the 21 counties');
  check(body.data.project.owner.name === 'Hällefors kommun', 'All in is owned by Hällefors kommun');
  const sources = body.data.sources.totalCount;
  console.log(`smoke: run command to first answered query: ${firstMs} ms (embedded, empty data directory, dashboard already built)`);
  run.stop();
  let exit = await run.exited;
  check(exit.code === 0, `a stop after start-up exits cleanly (code ${exit.code}, signal ${exit.signal})`);

  // 2. A stop in the middle of a first load, then a restart on the same directory.
  const dir2 = mkdtempSync(join(tmpdir(), 'atlas-smoke-mid-'));
  port = await freePort();
  run = start(dir2, port);
  // Wait until the embedded database has begun to write its directory, then stop mid-load.
  for (let i = 0; i < 600 && !existsSync(join(dir2, 'PG_VERSION')); i++) await new Promise((r) => setTimeout(r, 25));
  check(existsSync(join(dir2, 'PG_VERSION')), 'the embedded database began writing its directory');
  await new Promise((r) => setTimeout(r, 150));
  run.stop();
  exit = await run.exited;
  check(exit.code === 0, `a stop during the first load exits cleanly (code ${exit.code}, signal ${exit.signal})`);
  port = await freePort();
  run = start(dir2, port);
  const again = await firstAnswer(port);
  check(
    again.data.regions.length === 21 && again.data.sources.totalCount === sources,
    'the data directory reopens intact after a stop mid-load',
  );
  run.stop();
  await run.exited;
  rmSync(dir2, { recursive: true, force: true });

  // 3. Restart on the first directory: same answers, nothing loaded twice.
  port = await freePort();
  const t1 = performance.now();
  run = start(dataDir, port);
  const third = await firstAnswer(port);
  console.log(`smoke: restart on existing data to first answered query: ${Math.round(performance.now() - t1)} ms`);
  check(JSON.stringify(third.data) === JSON.stringify(body.data), 'a restart answers exactly as before');
  run.stop();
  exit = await run.exited;
  check(exit.code === 0, `the final stop exits cleanly (code ${exit.code}, signal ${exit.signal})`);
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
