import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const benchDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const repoRoot = resolve(benchDir, '..');
export const serverDir = join(repoRoot, 'server');
export const schemaDir = join(repoRoot, 'schema');
export const resultsDir = join(benchDir, 'results');
