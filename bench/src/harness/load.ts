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
export async function runLoad(spec: LoadSpec): Promise<LoadResult> {
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
  };
}
