import type { ExecutionFloor } from './execution-floor.js';
import type { FrontendResult } from './frontend.js';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { LoadResult } from './load.js';

export const SYSTEMS = ['atlas', 'b1', 'b2', 'postgraphile'] as const;
export type SystemId = (typeof SYSTEMS)[number];
export const SYSTEM_LABELS: Record<SystemId, string> = {
  atlas: 'ASF Atlas',
  b1: 'B1 static JSON',
  b2: 'B2 hand-written SQL',
  postgraphile: 'PostGraphile 5',
};

export interface SystemResult {
  system: SystemId;
  /** ok: answered and measured; error: failed; unavailable: no equivalent query; skipped: not selected or nothing to compare with. */
  status: 'ok' | 'error' | 'unavailable' | 'skipped';
  /** Same result as ASF Atlas after normalisation (null when not compared). */
  sameResult: boolean | null;
  difference?: string;
  note?: string;
  error?: string;
  responseBytes?: number;
  /** One request alone on the idle server, after the verification request (ms). */
  singleMs?: number;
  load?: LoadResult;
}

export interface OperationResult {
  id: string;
  title: string;
  variables: Record<string, unknown>;
  systems: SystemResult[];
  /** ASF Atlas relative to a baseline: throughput ratio (Atlas req/s ÷ baseline req/s) and median latency ratio. */
  /** SQL statements ASF Atlas ran for one request as benchmarked, and with a smaller page (paged operations). */
  statements?: { asBenchmarked: number | null; smallerPage: number | null; smallerPageVariables: Record<string, unknown> | null };
  /** graphql-js executing and serialising ASF Atlas's answer in memory (see execution-floor.ts); null when not measured. */
  executionFloor?: ExecutionFloor | null;
  ratios: {
    atlasOverB2: { rps: number | null; p50: number | null };
    atlasOverPostGraphile: { rps: number | null; p50: number | null };
  };
}

export interface DatasetResult {
  name: string;
  database: string;
  rows: Record<string, number>;
  generation: { reused: boolean; seconds: number | null; counts: Record<string, number> };
  /** ASF Atlas start over this PostgreSQL database (spawn to first answered query), informational. */
  atlasReadyMs: number | null;
  parameters: Record<string, unknown>;
  operations: OperationResult[];
  /** The dashboard's start page served by ASF Atlas over this dataset (first dataset only). */
  frontend?: FrontendResult;
}

export interface BenchResults {
  generatedAt: string;
  mode: 'full' | 'smoke';
  machine: Record<string, unknown>;
  settings: Record<string, unknown>;
  startup: { embedded: { runsMs: number[]; medianMs: number | null; error?: string } };
  datasets: DatasetResult[];
  failures: string[];
  durationSeconds: number;
}

export async function machineInfo(pgUrl: string, startedAt: Date): Promise<Record<string, unknown>> {
  const cpu = cpus();
  let postgres: string | null;
  try {
    const c = new pg.Client({ connectionString: pgUrl });
    await c.connect();
    postgres = (await c.query<{ v: string }>(`select current_setting('server_version') as v`)).rows[0]?.v ?? null;
    await c.end();
  } catch {
    postgres = null;
  }
  let commit: string | null;
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    commit = null;
  }
  return {
    cpuModel: cpu[0]?.model ?? 'unknown',
    cores: cpu.length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    platform: `${platform()} ${release()}`,
    node: process.version,
    postgres,
    commit,
    date: startedAt.toISOString(),
    /** 1-minute load average when the results were written: other work on the machine skews every number. */
    loadAverage1m: Math.round(loadavg()[0]! * 100) / 100,
  };
}

/** A titled table (nothing when it has no rows); columns after the first are right-aligned unless `rule` says otherwise. */
function pushTable(out: string[], intro: string, columns: string[], rows: string[][], rule?: string) {
  if (!rows.length) return;
  const line = rule ?? `|---|${columns.slice(1).fill('---:').join('|')}|`;
  out.push('', intro, '', `| ${columns.join(' | ')} |`, line, ...rows.map((cells) => `| ${cells.join(' | ')} |`));
}

/** The lowest and highest round's req/s, when there were several rounds. */
function spread(rounds: number[] | undefined): string {
  if (!rounds || rounds.length < 2) return '';
  return ` (${fmt(Math.min(...rounds))}–${fmt(Math.max(...rounds))})`;
}

export function ratio(a: number | undefined, b: number | undefined): number | null {
  if (a === undefined || b === undefined || !Number.isFinite(a) || !Number.isFinite(b) || b === 0) return null;
  return Math.round((a / b) * 1000) / 1000;
}

const fmt = (n: number | null | undefined, digits = 1) =>
  n === null || n === undefined || !Number.isFinite(n)
    ? '–'
    : n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

function sameCell(s: SystemResult): string {
  if (s.system === 'atlas') return s.status === 'ok' ? (s.note ? `reference (${s.note})` : 'reference') : '–';
  const esc = (t: string) => t.replace(/\|/g, '\\|');
  if (s.sameResult === null) return esc(s.note ? `– (${s.note})` : '–');
  return esc(s.sameResult ? (s.note ? `yes (${s.note})` : 'yes') : `**NO**: ${s.difference ?? ''}`);
}

function errorsCell(s: SystemResult): string {
  if (s.status === 'error') return `**${(s.error ?? 'error').split('\n')[0]!.slice(0, 80).replace(/\|/g, '\\|')}**`;
  const l = s.load;
  if (!l) return '–';
  const bad = l.errors + l.non2xx + l.mismatches + l.timeouts;
  if (!bad) return '0';
  return `**${[l.errors && `${l.errors} errors`, l.timeouts && `${l.timeouts} timeouts`, l.non2xx && `${l.non2xx} non-2xx`, l.mismatches && `${l.mismatches} changed bodies`].filter(Boolean).join(', ')}**`;
}

export function toMarkdown(r: BenchResults): string {
  const m = r.machine;
  const s = r.settings;
  const out: string[] = [];
  out.push(`# ASF Atlas benchmark (${r.mode})`, '');
  out.push(
    `${String(m.date)} · ${String(m.cpuModel)}, ${String(m.cores)} cores, ${String(m.memoryGiB)} GiB · Node ${String(m.node)} · PostgreSQL ${String(m.postgres)} · commit ${String(m.commit)} · load average ${String(m.loadAverage1m)} (at the end; above the core count means other work competed)`,
    '',
  );
  out.push(
    `Load: autocannon from the harness process, ${String(s.connections)} connections; per operation every system is warmed up (${s.warmupRequests ? `${String(s.warmupRequests)} requests` : `${String(s.warmupSeconds)} s`}), then measured in ${String(s.rounds ?? 1)} round(s) of ${String(s.durationSeconds)} s, the systems interleaved in an order that rotates each round; req/s is over all rounds (each round's in the JSON) and percentiles over every response of every round; ` +
      'every server runs in its own process on 127.0.0.1 against the same PostgreSQL database. Latencies in ms (request written → last byte); ' +
      '"alone" is one request on the idle server (no queueing), the figure to read when a run completes few or no requests.',
    '',
  );
  const e = r.startup.embedded;
  out.push(
    e.error
      ? `**Embedded start to first answered query: failed** (${e.error.split('\n')[0]})`
      : e.runsMs.length
        ? `**Embedded start to first answered query** (\`pnpm --filter @atlas/server start\`, fresh DATA_DIR, until \`{ __typename }\` answers): median ${fmt(e.medianMs, 0)} ms (runs: ${e.runsMs.map((x) => fmt(x, 0)).join(', ')} ms)`
        : 'Embedded start: not measured',
    '',
  );
  for (const d of r.datasets) {
    const rows = Object.entries(d.rows)
      .map(([k, v]) => `${k} ${v.toLocaleString('en-US')}`)
      .join(', ');
    out.push(`## Dataset: ${d.name}`, '');
    out.push(
      `Database \`${d.database}\` (${d.generation.reused ? 'reused' : `generated in ${fmt(d.generation.seconds)} s`}): ${rows}. ASF Atlas ready over it in ${fmt(d.atlasReadyMs, 0)} ms.`,
      '',
    );
    if (d.frontend) {
      const f = d.frontend;
      out.push(
        `**Dashboard start page** (served by ASF Atlas over this dataset): initial JavaScript ${fmt(f.initialJsKb)} kB gzip (budget 200 kB); ` +
          `Largest Contentful Paint in headless Chromium on localhost, cold context per run: ${
            f.lcpRunsMs.length
              ? `median ${fmt(f.lcpMedianMs, 0)} ms (runs: ${f.lcpRunsMs.join(', ')} ms)`
              : `not measured (${f.note ?? 'no entry'})`
          }`,
        '',
      );
    }
    out.push(
      '| Operation | System | req/s (rounds: lowest–highest) | p50 | p95 | p99 | alone | Errors | Same result as ASF Atlas |',
      '|---|---|---:|---:|---:|---:|---:|---|---|',
    );
    for (const op of d.operations) {
      for (const sys of op.systems) {
        if (sys.status === 'skipped') continue;
        const l = sys.load;
        const label = SYSTEM_LABELS[sys.system];
        if (sys.status === 'unavailable') {
          out.push(`| ${op.title} | ${label} | n/a | | | | | | no equivalent: ${(sys.note ?? '').replace(/\|/g, '\\|')} |`);
          continue;
        }
        out.push(
          `| ${op.title} | ${label} | ${fmt(l?.rps)}${spread(l?.roundsRps)} | ${fmt(l?.p50, 2)} | ${fmt(l?.p95, 2)} | ${fmt(l?.p99, 2)} | ${fmt(sys.singleMs, 2)} | ${errorsCell(sys)} | ${sameCell(sys)} |`,
        );
      }
    }
    out.push(
      '',
      'Ratios (ASF Atlas ÷ baseline; req/s below 1 means ASF Atlas serves fewer requests, p50 above 1 means it answers slower):',
      '',
    );
    out.push(
      '| Operation | Atlas/B2 req/s | Atlas/B2 p50 | Atlas/PostGraphile req/s | Atlas/PostGraphile p50 |',
      '|---|---:|---:|---:|---:|',
    );
    for (const op of d.operations) {
      const x = op.ratios;
      out.push(
        `| ${op.title} | ${fmt(x.atlasOverB2.rps, 3)} | ${fmt(x.atlasOverB2.p50, 3)} | ${fmt(x.atlasOverPostGraphile.rps, 3)} | ${fmt(x.atlasOverPostGraphile.p50, 3)} |`,
      );
    }
    const floors = d.operations.filter((op) => op.executionFloor);
    pushTable(
      out,
      'The cost of GraphQL execution itself: graphql-js `execute` of the operation over ASF Atlas\'s finished answer in memory (committed SDL, default resolvers: no database, no HTTP), then `JSON.stringify`, on one core of the harness process. Any graphql-js server pays at least this per request; "ceiling" is what that alone allows on one core, beside B2\'s measured req/s:',
      ['Operation', 'execute + stringify (ms)', 'stringify alone (ms)', 'ceiling on one core (req/s)', 'B2 req/s'],
      floors.map((op) => {
        const f = op.executionFloor!;
        const b2 = op.systems.find((x) => x.system === 'b2')?.load?.rps;
        return [op.title, fmt(f.ms, 3), fmt(f.stringifyMs, 3), fmt(1000 / f.ms, 0), fmt(b2)];
      }),
    );
    const counted = d.operations.filter((op) => op.statements);
    pushTable(
      out,
      'SQL statements ASF Atlas runs for one request (counted by the server; a paged operation again with a smaller page):',
      ['Operation', 'statements', 'with a smaller page'],
      counted.map((op) => {
        const st = op.statements!;
        const small = st.smallerPageVariables
          ? `${fmt(st.smallerPage, 0)} (${JSON.stringify(st.smallerPageVariables).replace(/\|/g, '\\|')})`
          : '–';
        return [op.title, fmt(st.asBenchmarked, 0), small];
      }),
      '|---|---:|---|',
    );
    out.push('');
  }
  out.push(
    r.failures.length
      ? `## Failures\n\n${r.failures.map((f) => `- ${f}`).join('\n')}\n`
      : 'No failures: every system answered every measured operation with the same result as ASF Atlas.\n',
  );
  out.push(`Total bench time: ${fmt(r.durationSeconds)} s.`, '');
  return out.join('\n');
}

export function writeResults(dir: string, r: BenchResults): { json: string; md: string } {
  mkdirSync(dir, { recursive: true });
  const json = join(dir, 'latest.json');
  const md = join(dir, 'latest.md');
  writeFileSync(json, `${JSON.stringify(r, null, 2)}\n`);
  writeFileSync(md, toMarkdown(r));
  return { json, md };
}
