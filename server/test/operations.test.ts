import { buildSchema, Kind, parse, validate, type DocumentNode } from 'graphql';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../src/common/env.js';

// The shared operations the dashboard and the API tests use, checked against the committed SDL.
const operationsDir = join(repoRoot, 'schema', 'operations');
const schema = buildSchema(readFileSync(join(repoRoot, 'schema', 'schema.graphql'), 'utf8'));
const files = readdirSync(operationsDir)
  .filter((f) => f.endsWith('.graphql'))
  .sort();
const documents = new Map<string, DocumentNode>(files.map((f) => [f, parse(readFileSync(join(operationsDir, f), 'utf8'))]));

function names(kind: Kind.OPERATION_DEFINITION | Kind.FRAGMENT_DEFINITION): string[] {
  return [...documents.values()].flatMap((doc) => doc.definitions.flatMap((d) => (d.kind === kind && d.name ? [d.name.value] : [])));
}

describe('schema/operations', () => {
  it('holds the shared operations', () => {
    expect(files).toEqual(
      expect.arrayContaining(['EnterpriseDirectory.graphql', 'Organisations.graphql', 'ProjectPage.graphql', 'RegionPage.graphql']),
    );
  });

  it.each(files)('%s is valid against schema/schema.graphql', (file) => {
    const errors = validate(schema, documents.get(file)!).map((e) => e.message);
    expect(errors).toEqual([]);
  });

  it.each(files)('%s holds only named operations, one of them named after the file', (file) => {
    const ops = documents.get(file)!.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
    expect(ops.length).toBeGreaterThan(0);
    expect(ops.every((op) => op.name)).toBe(true);
    expect(ops.map((op) => op.name?.value)).toContain(basename(file, '.graphql'));
  });

  it('uses every operation and fragment name once across all files (codegen needs unique names)', () => {
    const all = [...names(Kind.OPERATION_DEFINITION), ...names(Kind.FRAGMENT_DEFINITION)];
    expect(all.filter((n, i) => all.indexOf(n) !== i)).toEqual([]);
  });
});
