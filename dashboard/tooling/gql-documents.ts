import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

// The client preset's `graphql(...)` looks each document up in one map (src/gql/gql.ts) that holds every
// operation of every view, so all of them would ship with the start page. Like @graphql-codegen's babel
// and SWC plugins, this replaces each `graphql(`...`)` call at build time with the document itself (the
// DocumentNode codegen wrote to src/gql/graphql.ts), so each view's chunk carries only its own operations.
// A document that codegen has not seen fails the build: run `pnpm --filter @atlas/dashboard codegen`.

const GQL_DIR = fileURLToPath(new URL('../src/gql/', import.meta.url));
const CALL = /\bgraphql\(\s*`([^`]*)`\s*\)/g;
const MAP_ENTRY = /^\s*("(?:[^"\\]|\\.)*"): types\.(\w+),$/gm;
const DOCUMENT = /^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*>;$/gm;

interface Documents {
  stamp: string;
  /** Source text of a graphql() call → the DocumentNode as a JavaScript literal. */
  bySource: Map<string, string>;
}

let cache: Documents | undefined;

function loadDocuments(): Documents {
  const mapFile = `${GQL_DIR}gql.ts`;
  const documentsFile = `${GQL_DIR}graphql.ts`;
  const stamp = `${statSync(mapFile).mtimeMs}:${statSync(documentsFile).mtimeMs}`;
  if (cache?.stamp === stamp) return cache;

  const literals = new Map<string, string>();
  for (const match of readFileSync(documentsFile, 'utf8').matchAll(DOCUMENT)) literals.set(match[1]!, match[2]!);

  const map = readFileSync(mapFile, 'utf8');
  const start = map.indexOf('const documents');
  const bySource = new Map<string, string>();
  for (const match of map.slice(start, map.indexOf('\n};', start)).matchAll(MAP_ENTRY)) {
    const literal = literals.get(match[2]!);
    if (literal) bySource.set(JSON.parse(match[1]!) as string, literal);
  }
  cache = { stamp, bySource };
  return cache;
}

export function gqlDocuments(): Plugin {
  return {
    name: 'atlas:gql-documents',
    enforce: 'pre',
    transform(code, id) {
      const file = id.split('?')[0]!;
      if (!/\.tsx?$/.test(file) || file.startsWith(GQL_DIR) || !code.includes('graphql(')) return null;
      const { bySource } = loadDocuments();
      let changed = false;
      const replaced = code.replace(CALL, (_call, text: string) => {
        const literal = bySource.get(text);
        if (!literal) this.error(`${file}: a graphql() document is not in src/gql; run \`pnpm --filter @atlas/dashboard codegen\``);
        changed = true;
        return `(${literal})`;
      });
      return changed ? { code: replaced, map: null } : null;
    },
  };
}
