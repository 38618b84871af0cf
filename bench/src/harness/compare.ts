/**
 * Result equality after normalisation: object keys sorted; lists compared as multisets unless their
 * path is listed as ordered (the order of a page of projects is part of the answer; the order of a
 * project's municipalities is not promised by the API).
 */

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function canonical(value: unknown, path: string, ordered: ReadonlySet<string>): Json {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) {
    const items = value.map((v) => canonical(v, `${path}[]`, ordered));
    if (ordered.has(path)) return items;
    return items
      .map((v) => [JSON.stringify(v), v] as const)
      .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .map(([, v]) => v);
  }
  if (typeof value === 'object') {
    const out: { [k: string]: Json } = {};
    for (const k of Object.keys(value as object).sort())
      out[k] = canonical((value as Record<string, unknown>)[k], path ? `${path}.${k}` : k, ordered);
    return out;
  }
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  return String(value);
}

export function normalise(value: unknown, orderedPaths: readonly string[] = []): string {
  return JSON.stringify(canonical(value, '', new Set(orderedPaths)));
}

/** The first place two values differ (for a readable failure message). */
export function firstDifference(a: unknown, b: unknown, path = ''): string | null {
  if (JSON.stringify(a) === JSON.stringify(b)) return null;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return `${path || '(root)'}: ${a.length} items vs ${b.length}`;
    for (let i = 0; i < a.length; i++) {
      const d = firstDifference(a[i], b[i], `${path}[${i}]`);
      if (d) return d;
    }
    return null;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of [...keys].sort()) {
      const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], path ? `${path}.${k}` : k);
      if (d) return d;
    }
    return null;
  }
  const show = (v: unknown) => {
    const s = JSON.stringify(v) ?? 'undefined';
    return s.length > 120 ? `${s.slice(0, 117)}...` : s;
  };
  return `${path || '(root)'}: ${show(a)} vs ${show(b)}`;
}

export function compareResults(
  expected: unknown,
  actual: unknown,
  orderedPaths: readonly string[] = [],
): { same: boolean; difference: string | null } {
  const e = normalise(expected, orderedPaths);
  const a = normalise(actual, orderedPaths);
  if (e === a) return { same: true, difference: null };
  return { same: false, difference: firstDifference(JSON.parse(e), JSON.parse(a)) };
}
