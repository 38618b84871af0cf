import type { GraphQLResolveInfo } from 'graphql';
import { parseResolveInfo, type ResolveTree } from 'graphql-parse-resolve-info';

/**
 * The field names selected below the current field, following `path` (field names, e.g. ['edges', 'node']
 * for the items of a connection). Fragments and aliases are folded in, whatever the type condition, so a
 * field is "selected" when any branch asks for it. Used to load in one go what the response will need.
 */
export function selectedFields(info: GraphQLResolveInfo, path: string[] = []): SelectionTree {
  const tree = parseResolveInfo(info) as ResolveTree | null;
  let level: SelectionTree = tree ? toTree(tree) : new Map();
  for (const name of path) level = level.get(name) ?? new Map();
  return level;
}

/** Field name → what is selected below it (empty for a leaf). */
export type SelectionTree = Map<string, SelectionTree>;

function toTree(node: ResolveTree): SelectionTree {
  const out: SelectionTree = new Map();
  for (const fields of Object.values(node.fieldsByTypeName)) {
    for (const child of Object.values(fields)) {
      const sub = toTree(child);
      const existing = out.get(child.name);
      if (existing) for (const [k, v] of sub) existing.set(k, v);
      else out.set(child.name, sub);
    }
  }
  return out;
}

/** Whether any of `names` is selected anywhere in the tree (at any depth). */
export function selectsAny(tree: SelectionTree, names: ReadonlySet<string>): boolean {
  for (const [name, below] of tree) if (names.has(name) || selectsAny(below, names)) return true;
  return false;
}

/** Both selections in one tree (what either asks for, at every level); `into` is changed and returned. */
export function mergeSelections(into: SelectionTree, from: SelectionTree): SelectionTree {
  for (const [name, below] of from) {
    const existing = into.get(name);
    if (existing) mergeSelections(existing, below);
    else into.set(name, below);
  }
  return into;
}
