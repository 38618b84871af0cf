import autocannon from 'autocannon';
import { GRAPHQL_HEADERS } from './process.js';

export interface LoadSpec {
  url: string;
  body: string;
  connections: number;
  durationSeconds: number;
  /** When set, every response body must equal it byte for byte (counted as mismatches otherwise). */
  expectBody?: string | undefined;
}

export interface LoadResult {
  /** Responses received in the run. */
  requests: number;
  /** Correct responses: 2xx and, when an expected body is given, equal to it. req/s counts these. */
  ok: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  durationSeconds: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  mismatches: number;
  /** With several interleaved rounds (combineLoads): each round's req/s, in the order run. */
  roundsRps?: number[];
}

/** One run's result with every response time kept (ms, sorted), so that rounds can be pooled. */
export interface RawLoadResult extends LoadResult {
  times: Float64Array;
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))]!;
}

const round = (n: number, d = 2) => (Number.isFinite(n) ? Math.round(n * 10 ** d) / 10 ** d : n);

/**
 * One autocannon run: fixed connections, fixed duration. Latency percentiles come from every response
 * time (autocannon's own histogram has no p95), measured from request write to last byte.
 */
export async function runLoad(spec: LoadSpec): Promise<RawLoadResult> {
  let times = new Float64Array(1 << 14);
  let n = 0;
  const instance = autocannon({
    url: spec.url,
    method: 'POST',
    headers: { ...GRAPHQL_HEADERS },
    body: spec.body,
    connections: spec.connections,
    duration: spec.durationSeconds,
    timeout: 30,
    ...(spec.expectBody !== undefined ? { expectBody: spec.expectBody } : {}),
  });
  // autocannon emits (client, statusCode, resBytes, responseTime) on the instance.
  (instance as unknown as NodeJS.EventEmitter).on('response', (...args: unknown[]) => {
    const ms = args[3] as number;
    if (n === times.length) {
      const bigger = new Float64Array(times.length * 2);
      bigger.set(times);
      times = bigger;
    }
    times[n++] = ms;
  });
  const result = await instance;
  const sorted = times.subarray(0, n).sort();
  // With an expected body, only responses equal to it count (an error answered with HTTP 200 does not).
  const ok = spec.expectBody !== undefined ? Math.max(0, n - result.mismatches) : result['2xx'];
  const duration = result.duration;
  return {
    requests: n,
    ok,
    rps: round(ok / duration, 1),
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    max: round(n ? sorted[n - 1]! : NaN),
    durationSeconds: round(duration, 3),
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    mismatches: result.mismatches,
    times: sorted,
  };
}

/**
 * Several rounds of one system and operation as one result: req/s over all rounds (correct responses
 * ÷ total duration), percentiles over every response of every round, counts summed, and each round's
 * req/s kept to show the spread.
 */
export function combineLoads(runs: readonly RawLoadResult[]): LoadResult {
  if (runs.length === 0) throw new Error('no runs to combine');
  const n = runs.reduce((sum, r) => sum + r.times.length, 0);
  const all = new Float64Array(n);
  let at = 0;
  for (const r of runs) {
    all.set(r.times, at);
    at += r.times.length;
  }
  all.sort();
  const sum = (k: 'requests' | 'ok' | 'durationSeconds' | 'errors' | 'timeouts' | 'non2xx' | 'mismatches') =>
    runs.reduce((total, r) => total + r[k], 0);
  const duration = sum('durationSeconds');
  return {
    requests: sum('requests'),
    ok: sum('ok'),
    rps: round(duration > 0 ? sum('ok') / duration : NaN, 1),
    p50: round(percentile(all, 50)),
    p95: round(percentile(all, 95)),
    p99: round(percentile(all, 99)),
    max: round(n ? all[n - 1]! : NaN),
    durationSeconds: round(duration, 3),
    errors: sum('errors'),
    timeouts: sum('timeouts'),
    non2xx: sum('non2xx'),
    mismatches: sum('mismatches'),
    roundsRps: runs.map((r) => r.rps),
  };
}
