import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { schemaDir } from '../paths.js';

let byName: Map<string, string> | null = null;

/**
 * The dashboard's own operation: the text of the schema/operations file that defines `query <name>`
 * (with the fragments and sibling operations of that file, sent with operationName like the dashboard).
 */
export function dashboardOperation(name: string): string {
  if (!byName) {
    byName = new Map();
    const dir = join(schemaDir, 'operations');
    let files: string[];
    try {
      files = readdirSync(dir).filter((f) => f.endsWith('.graphql'));
    } catch {
      files = [];
    }
    for (const f of files) {
      const text = readFileSync(join(dir, f), 'utf8');
      for (const m of text.matchAll(/^\s*query\s+([A-Za-z_][A-Za-z0-9_]*)/gm)) byName.set(m[1]!, text);
    }
  }
  const text = byName.get(name);
  if (!text) throw new Error(`schema/operations has no "query ${name}"`);
  return text;
}

/** Removes the values at the given paths (`a.b[].c`), for comparing the part an equivalent can answer. */
export function omitPaths(value: unknown, paths: readonly string[]): unknown {
  const clone = structuredClone(value);
  for (const path of paths) drop(clone, path.split('.'));
  return clone;
}

function drop(value: unknown, parts: string[]): void {
  if (value === null || typeof value !== 'object' || parts.length === 0) return;
  const [head, ...rest] = parts;
  const list = head!.endsWith('[]');
  const key = list ? head!.slice(0, -2) : head!;
  const obj = value as Record<string, unknown>;
  if (rest.length === 0 && !list) {
    delete obj[key];
    return;
  }
  const next = obj[key];
  if (list && Array.isArray(next)) for (const item of next) drop(item, rest);
  else drop(next, rest);
}
