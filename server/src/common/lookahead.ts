import type { GraphQLResolveInfo } from 'graphql';
import { parseResolveInfo, type ResolveTree } from 'graphql-parse-resolve-info';
import { documentMemo } from './document-memo.js';

/** Field name → what is selected below it (empty for a leaf). Shared between requests: never changed. */
export type SelectionTree = ReadonlyMap<string, SelectionTree>;

const EMPTY: SelectionTree = new Map();

/**
 * The selection of a field depends only on its node in the parsed document and on the Boolean variables
 * of `@include`/`@skip`: it is worked out once per node, path and such variables, and the same tree
 * object is returned after that (callers may key their own caches on it).
 */
const memo = documentMemo<SelectionTree>(32);

/**
 * The field names selected below the current field, following `path` (field names, e.g. ['edges', 'node']
 * for the items of a connection). Fragments and aliases are folded in, whatever the type condition, so a
 * field is "selected" when any branch asks for it. Used to load in one go what the response will need.
 */
export function selectedFields(info: GraphQLResolveInfo, path: readonly string[] = []): SelectionTree {
  return selectedAlong(info, [path]);
}

/** What is selected along any of `paths` below the current field, in one tree (e.g. a connection's `edges.node` and `nodes`). */
export function selectedAlong(info: GraphQLResolveInfo, paths: readonly (readonly string[])[]): SelectionTree {
  // Several field nodes (the same field asked twice and merged) are rare: those are not remembered.
  const node = info.fieldNodes.length === 1 ? info.fieldNodes[0] : undefined;
  if (!node) return compute(info, paths);
  const key = `${paths.map((p) => p.join('.')).join('|')}#${booleanVariables(info.variableValues)}`;
  return memo(node, key, () => compute(info, paths));
}

function booleanVariables(variables: Record<string, unknown>): string {
  let out = '';
  for (const name in variables) if (typeof variables[name] === 'boolean') out += `${name}=${variables[name] ? 1 : 0};`;
  return out;
}

function compute(info: GraphQLResolveInfo, paths: readonly (readonly string[])[]): SelectionTree {
  const parsed = parseResolveInfo(info) as ResolveTree | null;
  const root = parsed ? toTree(parsed) : EMPTY;
  const levels = paths.map((path) => {
    let level = root;
    for (const name of path) level = level.get(name) ?? EMPTY;
    return level;
  });
  return levels.length === 1 ? levels[0]! : levels.reduce((a, b) => mergeSelections(a, b), EMPTY);
}

function toTree(node: ResolveTree): Map<string, SelectionTree> {
  const out = new Map<string, SelectionTree>();
  for (const fields of Object.values(node.fieldsByTypeName)) {
    for (const child of Object.values(fields)) {
      const sub = toTree(child);
      const existing = out.get(child.name);
      out.set(child.name, existing ? mergeSelections(existing, sub) : sub);
    }
  }
  return out;
}

/** Whether any of `names` is selected anywhere in the tree (at any depth). */
export function selectsAny(tree: SelectionTree, names: ReadonlySet<string>): boolean {
  for (const [name, below] of tree) if (names.has(name) || selectsAny(below, names)) return true;
  return false;
}

/** Both selections in one new tree (what either asks for, at every level); neither is changed. */
export function mergeSelections(a: SelectionTree, b: SelectionTree): SelectionTree {
  const out = new Map(a);
  for (const [name, below] of b) {
    const existing = out.get(name);
    out.set(name, existing ? mergeSelections(existing, below) : below);
  }
  return out;
}
