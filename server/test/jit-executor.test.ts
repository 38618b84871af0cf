import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../src/common/env.js';
import { queryCompiler } from '../src/common/jit-executor.js';
import { atlasSchema } from '../src/schema.js';

describe('compiled queries', () => {
  it('compiles every query of the dashboard (schema/operations), once per document', async () => {
    const compiledFor = queryCompiler(await atlasSchema());
    const dir = join(repoRoot, 'schema', 'operations');
    const names: string[] = [];
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.graphql'))) {
      const document = parse(readFileSync(join(dir, file), 'utf8'));
      for (const def of document.definitions) {
        if (def.kind !== Kind.OPERATION_DEFINITION || def.operation !== 'query') continue;
        const name = def.name?.value ?? null;
        const compiled = compiledFor(document, name);
        expect(compiled, `${file} ${name}`).not.toBeNull();
        expect(compiledFor(document, name), 'the same compiled query the second time').toBe(compiled);
        names.push(name ?? '(anonymous)');
      }
    }
    expect(names).toEqual(expect.arrayContaining(['Projects', 'ProjectPage', 'RegionPage']));
  });
});
