/**
 * ASF Atlas benchmark harness.
 *
 *   pnpm bench          reference dataset + large synthetic, 10 connections × 10 s per run
 *   pnpm bench:smoke    reference dataset + tiny synthetic, ~1 s per run; exits non-zero on any failure
 *
 * For each dataset: make sure its database exists (generated once, reused while the generator, seed,
 * counts, migrations and reference data are unchanged), start ASF Atlas, capture its answers, start the
 * baselines (B1 static JSON, B2 hand-written SQL, PostGraphile 5), check every system gives the same
 * result as ASF Atlas, then load each (operation, system) with autocannon: warm-up, then a measured run.
 * Nothing here asserts on latency; the exit code only says whether everything answered correctly.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { compareResults } from './harness/compare.js';
import { combineLoads, runLoad, type RawLoadResult } from './harness/load.js';
import { freePort, GRAPHQL_HEADERS, startServer, stopAll, track, type ServerProcess } from './harness/process.js';
import {
  machineInfo,
  ratio,
  SYSTEMS,
  toMarkdown,
  writeResults,
  type BenchResults,
  type DatasetResult,
  type SystemId,
  type SystemResult,
} from './harness/results.js';
import { measureEmbeddedStart } from './harness/startup.js';
import { countStatements } from './harness/statements.js';
import { executionFloor } from './harness/execution-floor.js';
import { measureFrontend } from './harness/frontend.js';
import { atlasRequest, OPERATIONS, postgraphileRequest, type Params, type PostGraphileEquivalent } from './ops/index.js';
import { pickParams } from './params.js';
import { benchDir, resultsDir, schemaDir, serverDir } from './paths.js';
import { databaseExists, readDatabaseComment } from './synth/database.js';
import { generate, markerFor, SIZES, type SynthCounts } from './synth/generator.js';

const { values: opt } = parseArgs({
  options: {
    smoke: { type: 'boolean', default: false },
    datasets: { type: 'string' },
    connections: { type: 'string' },
    duration: { type: 'string' },
    warmup: { type: 'string' },
    rounds: { type: 'string' },
    systems: { type: 'string' },
    operations: { type: 'string' },
    'startup-runs': { type: 'string' },
    'pg-url': { type: 'string' },
    seed: { type: 'string', default: 'atlas-bench' },
    regenerate: { type: 'boolean', default: false },
    'atlas-log-level': { type: 'string', default: 'warn' },
    out: { type: 'string' },
    dump: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
  // `pnpm bench -- --datasets large` passes the `--` through: skip it.
  args: process.argv.slice(2).filter((a, i) => !(i === 0 && a === '--')),
});

if (opt.help) {
  process.stdout.write(`usage: bench [--smoke] [--datasets reference,large] [--connections 10] [--duration 5] [--rounds 3] [--warmup 3]
             [--systems ${SYSTEMS.join(',')}] [--operations ${OPERATIONS.map((o) => o.id).join(',')}]
             [--startup-runs 3] [--pg-url postgres://postgres@127.0.0.1:5432] [--seed S] [--regenerate]
             [--atlas-log-level warn] [--out DIR] [--dump DIR (every system's verified answer, for debugging)]\n`);
  process.exit(0);
}

const smoke = opt.smoke as boolean;
const num = (v: string | undefined, fallback: number) => {
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0) throw new Error(`not a number: ${v}`);
  return n;
};
const settings = {
  connections: num(opt.connections, 10),
  // Per round: every system is measured `rounds` times, interleaved, and the rounds pooled.
  durationSeconds: num(opt.duration, smoke ? 1 : 5),
  rounds: Math.max(1, num(opt.rounds, smoke ? 1 : 3)),
  // Smoke: warm up with two requests per connection (autocannon's runs end on a one-second tick).
  warmupSeconds: num(opt.warmup, smoke ? 0 : 3),
  warmupRequests: smoke && opt.warmup === undefined ? 20 : 0,
  startupRuns: num(opt['startup-runs'], smoke ? 1 : 3),
  datasets: (opt.datasets ?? (smoke ? 'reference,tiny' : 'reference,large')).split(',').filter(Boolean),
  systems: (opt.systems ?? SYSTEMS.join(',')).split(',').filter(Boolean) as SystemId[],
  operations: (opt.operations ?? OPERATIONS.map((o) => o.id).join(',')).split(',').filter(Boolean),
  pageSize: 50,
  seed: opt.seed as string,
  atlasLogLevel: opt['atlas-log-level'] as string,
};
for (const s of settings.systems) if (!(SYSTEMS as readonly string[]).includes(s)) throw new Error(`unknown system ${s}`);
if (!settings.systems.includes('atlas')) throw new Error('ASF Atlas must be among the systems: every result is compared with it');
const operations = settings.operations.map((id) => {
  const op = OPERATIONS.find((o) => o.id === id);
  if (!op) throw new Error(`unknown operation ${id}; known: ${OPERATIONS.map((o) => o.id).join(', ')}`);
  return op;
});
const pgBase = (opt['pg-url'] ?? process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432').replace(/\/+$/, '');
const outDir = opt.out ?? (smoke ? join(resultsDir, 'smoke.tmp') : resultsDir);

const ZERO: SynthCounts = {
  organisations: 0,
  partnerships: 0,
  memberships: 0,
  projects: 0,
  fundings: 0,
  outcomes: 0,
  programmes: 0,
  sources: 0,
};
function countsFor(name: string): SynthCounts {
  if (name === 'reference') return ZERO;
  if (name in SIZES) return { ...SIZES[name as keyof typeof SIZES] };
  throw new Error(`unknown dataset ${name}; known: reference, ${Object.keys(SIZES).join(', ')}`);
}

const t0 = performance.now();
const log = (msg: string) => process.stderr.write(`[bench ${((performance.now() - t0) / 1000).toFixed(1).padStart(6)}s] ${msg}\n`);
const failures: string[] = [];

function dump(dataset: string, opId: string, system: string, text: string) {
  if (!opt.dump) return;
  mkdirSync(opt.dump, { recursive: true });
  writeFileSync(join(opt.dump, `${dataset}.${opId}.${system}.json`), text);
}

/** One request on an otherwise idle server (after the first, so warm): the latency without queueing. */
async function timeOne(url: string, body: string): Promise<number> {
  const t = performance.now();
  const r = await post(url, body);
  return r.status === 200 ? Math.round((performance.now() - t) * 100) / 100 : NaN;
}

async function post(url: string, body: string): Promise<{ status: number; text: string }> {
  const res = await fetch(url, { method: 'POST', headers: GRAPHQL_HEADERS, body, signal: AbortSignal.timeout(60_000) });
  return { status: res.status, text: await res.text() };
}

async function ensureDataset(name: string): Promise<{ url: string; reused: boolean; seconds: number | null; counts: SynthCounts }> {
  const url = `${pgBase}/atlas_bench_${name}`;
  const counts = countsFor(name);
  const marker = markerFor(settings.seed, counts);
  if (!opt.regenerate && (await databaseExists(url)) && (await readDatabaseComment(url)) === marker) {
    log(`${name}: reusing atlas_bench_${name} (same generator, seed, counts, migrations and reference data)`);
    return { url, reused: true, seconds: null, counts };
  }
  log(`${name}: generating atlas_bench_${name}`);
  const report = await generate({ databaseUrl: url, counts, seed: settings.seed, reset: true, log: (m) => log(`${name}: ${m.trim()}`) });
  log(`${name}: generated in ${report.seconds.toFixed(1)} s`);
  return { url, reused: false, seconds: Math.round(report.seconds * 10) / 10, counts };
}

async function rowCounts(url: string): Promise<Record<string, number>> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const out: Record<string, number> = {};
    for (const t of ['organisation', 'partnership', 'membership', 'project', 'funding', 'funding_project', 'outcome', 'citation']) {
      out[t] = (await c.query<{ n: number }>(`select count(*)::int as n from "${t}"`)).rows[0]?.n ?? 0;
    }
    return out;
  } finally {
    await c.end();
  }
}

function nodeServer(name: string, script: string, port: number, env: Record<string, string>) {
  return {
    name,
    command: process.execPath,
    args: ['--import', 'tsx', script],
    cwd: benchDir,
    env: { ...process.env, NODE_ENV: 'production', GRAPHILE_ENV: 'production', ...env, PORT: String(port) },
    port,
  };
}

interface Verified {
  body: string; // request body
  expect: string; // the system's own verified response text
}

async function runDataset(name: string): Promise<DatasetResult> {
  const ds = await ensureDataset(name);
  const rows = await rowCounts(ds.url);
  const params: Params = await pickParams(ds.url, name, settings.pageSize);
  log(`${name}: parameters ${JSON.stringify(params)}`);
  const result: DatasetResult = {
    name,
    database: `atlas_bench_${name}`,
    rows,
    generation: { reused: ds.reused, seconds: ds.seconds, counts: { ...ds.counts } },
    atlasReadyMs: null,
    parameters: { ...params },
    operations: operations.map((op) => ({
      id: op.id,
      title: op.title,
      variables: op.atlas.variables(params),
      systems: SYSTEMS.map((system): SystemResult => ({ system, status: 'skipped', sameResult: null })),
      ratios: { atlasOverB2: { rps: null, p50: null }, atlasOverPostGraphile: { rps: null, p50: null } },
    })),
  };
  const sys = (opId: string, system: SystemId): SystemResult =>
    result.operations.find((o) => o.id === opId)!.systems.find((s) => s.system === system)!;
  const fail = (opId: string, system: SystemId, error: string) => {
    const s = sys(opId, system);
    s.status = 'error';
    s.error = error;
    failures.push(`${name} / ${opId} / ${system}: ${error.split('\n')[0]}`);
  };

  const tmp = mkdtempSync(join(tmpdir(), 'atlas-bench-'));
  const procs: Partial<Record<SystemId, ServerProcess>> = {};
  let monitor: pg.Client | null = null;
  try {
    // ---- ASF Atlas first: its answers are the reference every other system is compared with.
    const atlasPort = await freePort();
    let atlas: ServerProcess;
    try {
      const started = await startServer(
        {
          name: 'ASF Atlas',
          command: process.execPath,
          args: ['bin/start.mjs'],
          cwd: serverDir,
          env: {
            ...process.env,
            DATABASE_URL: ds.url,
            PORT: String(atlasPort),
            HOST: '127.0.0.1',
            LOG_LEVEL: settings.atlasLogLevel,
            NODE_ENV: 'production',
          },
          port: atlasPort,
        },
        120_000,
      );
      atlas = track(started.proc);
      procs.atlas = atlas;
      result.atlasReadyMs = Math.round(started.readyMs);
      log(`${name}: ASF Atlas ready in ${result.atlasReadyMs} ms`);
    } catch (err) {
      for (const op of operations) fail(op.id, 'atlas', `server did not start: ${(err as Error).message}`);
      return result;
    }

    const verified = new Map<string, Partial<Record<SystemId, Verified>>>();
    const atlasData = new Map<string, { json: { data?: unknown }; text: string }>();
    for (const op of operations) {
      const body = atlasRequest(op, params);
      try {
        const r = await post(atlas.url, body);
        const json = JSON.parse(r.text) as { data?: unknown; errors?: unknown[] };
        if (r.status !== 200 || json.errors || json.data == null) throw new Error(`HTTP ${r.status}: ${r.text.slice(0, 300)}`);
        atlasData.set(op.id, { json, text: r.text });
        dump(name, op.id, 'atlas', r.text);
        verified.set(op.id, { atlas: { body, expect: r.text } });
        const s = sys(op.id, 'atlas');
        s.status = 'ok';
        s.responseBytes = Buffer.byteLength(r.text);
        s.singleMs = await timeOne(atlas.url, body);
      } catch (err) {
        fail(op.id, 'atlas', (err as Error).message);
      }
    }

    // ---- what graphql-js execution and serialisation of each answer cost alone (in this process, while the servers idle)
    for (const op of operations) {
      const answer = atlasData.get(op.id);
      if (!answer) continue;
      const target = result.operations.find((o) => o.id === op.id)!;
      try {
        target.executionFloor = executionFloor(
          join(schemaDir, 'schema.graphql'),
          JSON.parse(atlasRequest(op, params)) as { query: string; operationName?: string; variables?: Record<string, unknown> },
          answer.json.data,
          smoke ? 60 : 600,
        );
      } catch (err) {
        target.executionFloor = null;
        failures.push(`${name} / ${op.id}: measuring graphql-js execution failed: ${(err as Error).message}`);
      }
    }

    // ---- the dashboard's start page, served by this ASF Atlas: initial JS and Largest Contentful Paint
    if (name === settings.datasets[0]) {
      try {
        result.frontend = await measureFrontend(new URL('/', atlas.url).href, smoke ? 1 : 5);
        log(`${name}: start page ${result.frontend.initialJsKb} kB JS gzip, LCP ${result.frontend.lcpRunsMs.join(', ')} ms`);
      } catch (err) {
        failures.push(`${name}: measuring the start page failed: ${(err as Error).message.split('\n')[0]}`);
      }
    }

    // ---- SQL statements per operation, and again with a smaller page (reported: the count should not grow with
    // the page; search may differ by the number of kinds of hit, one statement each).
    try {
      const asked = operations.filter((op) => atlasData.has(op.id));
      const small = asked.filter((op) => op.atlas.smallPageVariables);
      const counted = await countStatements(ds.url, [
        ...asked.map((op) => ({ id: op.id, body: atlasRequest(op, params) })),
        ...small.map((op) => ({
          id: `${op.id}:small`,
          body: JSON.stringify({
            query: op.atlas.document,
            operationName: op.atlas.operationName,
            variables: op.atlas.smallPageVariables!(params),
          }),
        })),
      ]);
      const get = (id: string) => counted.find((c) => c.id === id && c.status === 200)?.statements ?? null;
      for (const op of asked) {
        const target = result.operations.find((o) => o.id === op.id)!;
        const smallVars = op.atlas.smallPageVariables?.(params) ?? null;
        target.statements = {
          asBenchmarked: get(op.id),
          smallerPage: smallVars ? get(`${op.id}:small`) : null,
          smallerPageVariables: smallVars,
        };
      }
      log(`${name}: SQL statements per operation ${counted.map((c) => `${c.id} ${c.statements}`).join(', ')}`);
    } catch (err) {
      failures.push(`${name}: counting SQL statements failed: ${(err as Error).message.split('\n')[0]}`);
    }

    // ---- baselines, started together
    const fixtures = join(tmp, 'b1-fixtures.json');
    writeFileSync(
      fixtures,
      JSON.stringify(
        Object.fromEntries(
          operations.filter((op) => atlasData.has(op.id)).map((op) => [op.atlas.operationName, atlasData.get(op.id)!.json]),
        ),
      ),
    );
    const specs: [SystemId, string, Record<string, string>][] = [
      ['b1', 'src/servers/b1.ts', { FIXTURES_FILE: fixtures }],
      ['b2', 'src/servers/b2.ts', { DATABASE_URL: ds.url }],
      ['postgraphile', 'src/servers/postgraphile.ts', { DATABASE_URL: ds.url }],
    ];
    await Promise.all(
      specs
        .filter(([id]) => settings.systems.includes(id))
        .map(async ([id, script, env]) => {
          try {
            const { proc, readyMs } = await startServer(nodeServer(id, script, await freePort(), env), 120_000);
            procs[id] = track(proc);
            log(`${name}: ${id} ready in ${Math.round(readyMs)} ms`);
          } catch (err) {
            for (const op of operations) fail(op.id, id, `server did not start: ${(err as Error).message}`);
          }
        }),
    );

    // ---- same answers? (When ASF Atlas failed an operation, the baselines are still run and measured,
    // but there is nothing to compare with and B1 has nothing to serve.)
    for (const op of operations) {
      const reference = atlasData.get(op.id);
      if (!verified.has(op.id)) verified.set(op.id, {});
      const v = verified.get(op.id)!;
      for (const id of ['b1', 'b2', 'postgraphile'] as const) {
        const proc = procs[id];
        if (!proc) continue;
        const s = sys(op.id, id);
        let body = atlasRequest(op, params);
        if (id === 'b1' && !reference) {
          s.note = 'ASF Atlas gave no answer to serve';
          continue;
        }
        if (id === 'b2' && 'unavailable' in op.b2) {
          s.status = 'unavailable';
          s.note = op.b2.unavailable;
          continue;
        }
        let eq: PostGraphileEquivalent | null = null;
        if (id === 'postgraphile') {
          if ('unavailable' in op.postgraphile) {
            s.status = 'unavailable';
            s.note = op.postgraphile.unavailable;
            continue;
          }
          eq = op.postgraphile;
          body = postgraphileRequest(eq, params);
          if (eq.note) s.note = eq.note;
        }
        try {
          const r = await post(proc.url, body);
          const json = JSON.parse(r.text) as { data?: unknown; errors?: unknown[] };
          if (r.status !== 200 || json.errors || json.data == null) throw new Error(`HTTP ${r.status}: ${r.text.slice(0, 300)}`);
          s.status = 'ok';
          s.responseBytes = Buffer.byteLength(r.text);
          v[id] = { body, expect: r.text };
          dump(name, op.id, id, r.text);
          s.singleMs = await timeOne(proc.url, body);
          if (!reference) {
            s.note = [s.note, 'not compared: ASF Atlas failed'].filter(Boolean).join('; ');
            continue;
          }
          const expected = eq?.comparable ? eq.comparable(reference.json.data) : reference.json.data;
          const actual = eq ? eq.toAtlas(json.data, params) : json.data;
          const cmp = compareResults(expected, actual, op.orderedPaths);
          s.sameResult = cmp.same;
          if (!cmp.same) {
            s.difference = cmp.difference ?? 'differs';
            failures.push(`${name} / ${op.id} / ${id}: different result from ASF Atlas (${s.difference})`);
          }
        } catch (err) {
          fail(op.id, id, (err as Error).message);
        }
      }
    }

    // ---- load: per operation, every system in turn (warm-up, then the measured run). Between runs,
    // wait until the database has no query left running from the previous one (a run's last requests
    // are abandoned by the client, not cancelled), so one run's backlog does not slow the next. A
    // backlog still running after 10 s (ten 7-second statements on two cores would take ~35 s) is
    // cancelled: its requests were given up already and no longer count.
    monitor = new pg.Client({ connectionString: ds.url, application_name: 'atlas-bench-monitor' });
    await monitor.connect();
    const db = monitor;
    const others = `from pg_stat_activity where datname = current_database() and state = 'active' and pid <> pg_backend_pid()`;
    const quiet = async (ms: number) => {
      const deadline = performance.now() + ms;
      while (performance.now() < deadline) {
        const r = await db.query<{ n: number }>(`select count(*)::int as n ${others}`);
        if ((r.rows[0]?.n ?? 0) === 0) return true;
        await new Promise((res) => setTimeout(res, 100));
      }
      return false;
    };
    const settle = async () => {
      if (await quiet(10_000)) return;
      const r = await db.query<{ n: number }>(`select count(*)::int as n from (select pg_cancel_backend(pid) ${others}) c`);
      log(`${name}: cancelled ${r.rows[0]?.n ?? 0} statement(s) still running from the previous run`);
      await quiet(10_000);
    };
    for (const op of operations) {
      const v = verified.get(op.id);
      if (!v) continue;
      const runnable = settings.systems.filter((id) => procs[id] && v[id]);
      const warm = async (id: SystemId) => {
        const proc = procs[id]!;
        const req = v[id]!;
        await settle();
        if (settings.warmupRequests > 0) {
          // (autocannon ends on a one-second tick, so a short warm-up is plain concurrent requests)
          const rounds = Math.ceil(settings.warmupRequests / settings.connections);
          for (let r = 0; r < rounds; r++) await Promise.all(Array.from({ length: settings.connections }, () => post(proc.url, req.body)));
        } else if (settings.warmupSeconds > 0) {
          await runLoad({ url: proc.url, body: req.body, connections: settings.connections, durationSeconds: settings.warmupSeconds });
        }
      };
      // Every system warmed up, then the measured rounds interleaved (the order rotating each round), so
      // that a slower or faster spell of a shared machine falls on every system alike.
      const runs = new Map<SystemId, RawLoadResult[]>();
      const failed = new Set<SystemId>();
      for (const id of runnable) {
        try {
          await warm(id);
          runs.set(id, []);
        } catch (err) {
          failed.add(id);
          fail(op.id, id, `warm-up failed: ${(err as Error).message}`);
        }
      }
      for (let round = 0; round < settings.rounds; round++) {
        const order = runnable.map((_, i) => runnable[(i + round) % runnable.length]!);
        for (const id of order) {
          if (failed.has(id)) continue;
          try {
            await settle();
            const req = v[id]!;
            runs.get(id)!.push(
              await runLoad({
                url: procs[id]!.url,
                body: req.body,
                connections: settings.connections,
                durationSeconds: settings.durationSeconds,
                expectBody: req.expect,
              }),
            );
          } catch (err) {
            failed.add(id);
            fail(op.id, id, `load run failed: ${(err as Error).message}`);
          }
        }
      }
      for (const id of runnable) {
        const measured = runs.get(id);
        if (failed.has(id) || !measured?.length) continue;
        const s = sys(op.id, id);
        const load = combineLoads(measured);
        s.load = load;
        const bad = load.errors + load.timeouts + load.non2xx + load.mismatches;
        // No completed request in the window is a measurement (slower than the run), not an error.
        if (load.ok === 0 && bad === 0)
          s.note = [s.note, `no request completed in ${settings.rounds} × ${settings.durationSeconds} s`].filter(Boolean).join('; ');
        if (bad > 0) {
          failures.push(
            `${name} / ${op.id} / ${id}: under load ${load.ok} ok, ${load.errors} errors, ${load.timeouts} timeouts, ${load.non2xx} non-2xx, ${load.mismatches} changed bodies`,
          );
        }
        log(
          `${name}: ${op.id.padEnd(18)} ${id.padEnd(13)} ${String(load.rps).padStart(9)} req/s (rounds ${(load.roundsRps ?? []).join(', ')})  p50 ${load.p50} ms  p95 ${load.p95} ms  p99 ${load.p99} ms`,
        );
      }
      const o = result.operations.find((x) => x.id === op.id)!;
      const a = sys(op.id, 'atlas').load;
      const b2 = sys(op.id, 'b2').load;
      const pgl = sys(op.id, 'postgraphile').load;
      o.ratios = {
        atlasOverB2: { rps: ratio(a?.rps, b2?.rps), p50: ratio(a?.p50, b2?.p50) },
        atlasOverPostGraphile: { rps: ratio(a?.rps, pgl?.rps), p50: ratio(a?.p50, pgl?.p50) },
      };
    }
    return result;
  } finally {
    await monitor?.end().catch(() => undefined);
    await Promise.all(Object.values(procs).map((p) => p.stop()));
    rmSync(tmp, { recursive: true, force: true });
  }
}

async function main(): Promise<number> {
  log(
    `${smoke ? 'smoke' : 'full'} run: datasets ${settings.datasets.join(', ')}; ${settings.connections} connections, ${settings.rounds} interleaved round(s) × ${settings.durationSeconds} s per system (warm-up ${settings.warmupSeconds} s)`,
  );
  const startedAt = new Date();
  const results: BenchResults = {
    generatedAt: startedAt.toISOString(),
    mode: smoke ? 'smoke' : 'full',
    machine: {},
    settings: { ...settings, pgBase: pgBase.replace(/:[^:@/]*@/, ':***@') },
    startup: { embedded: { runsMs: [], medianMs: null } },
    datasets: [],
    failures,
    durationSeconds: 0,
  };

  if (settings.startupRuns > 0) {
    try {
      const runs = await measureEmbeddedStart(settings.startupRuns);
      const sorted = [...runs].sort((a, b) => a - b);
      results.startup.embedded = { runsMs: runs, medianMs: sorted[Math.floor(sorted.length / 2)] ?? null };
      log(`embedded start to first answered query: ${runs.join(', ')} ms`);
    } catch (err) {
      results.startup.embedded.error = (err as Error).message;
      failures.push(`embedded start failed: ${(err as Error).message.split('\n')[0]}`);
    }
  }

  for (const name of settings.datasets) {
    try {
      results.datasets.push(await runDataset(name));
    } catch (err) {
      failures.push(`${name}: ${(err as Error).message.split('\n')[0]}`);
      log(`${name}: ${(err as Error).stack ?? String(err)}`);
    }
  }

  // PostgreSQL's version is read from a bench database (never from postgres/template1, which others use).
  results.machine = await machineInfo(`${pgBase}/atlas_bench_${settings.datasets[0] ?? 'reference'}`, startedAt);
  results.durationSeconds = Math.round((performance.now() - t0) / 100) / 10;
  const files = writeResults(outDir, results);
  process.stdout.write(`${toMarkdown(results)}\n`);
  log(`wrote ${files.json} and ${files.md}`);
  if (failures.length) log(`${failures.length} failure(s)`);
  return failures.length ? 1 : 0;
}

let code: number;
for (const sig of ['SIGINT', 'SIGTERM'] as const) {
  process.on(sig, () => {
    void stopAll().finally(() => process.exit(130));
  });
}
try {
  code = await main();
} catch (err) {
  log((err as Error).stack ?? String(err));
  code = 1;
} finally {
  await stopAll();
}
process.exit(code);
