/**
 * Synthetic data generator CLI.
 *
 *   pnpm --filter @atlas/bench generate -- --size large --database-url postgres://postgres@127.0.0.1:5432/atlas_bench_large --reset
 *   pnpm --filter @atlas/bench generate -- --organisations 5000 --projects 2000 --fundings 40000 ... --database-url ...
 *
 * Writes only into the database it is given (named atlas_bench_*), never into the reference one.
 */
import { parseArgs } from 'node:util';
import { generate, SIZES, type SizeName, type SynthCounts } from './synth/generator.js';

const COUNT_KEYS = ['organisations', 'partnerships', 'memberships', 'projects', 'fundings', 'outcomes', 'programmes', 'sources'] as const;

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: 'small' },
    'database-url': { type: 'string' },
    seed: { type: 'string', default: 'atlas-bench' },
    reset: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
    ...Object.fromEntries(COUNT_KEYS.map((k) => [k, { type: 'string' as const }])),
  },
  // `pnpm --filter @atlas/bench generate -- --size large` passes the `--` through: skip it.
  args: process.argv.slice(2).filter((a, i) => !(i === 0 && a === '--')),
  allowPositionals: false,
});

if (values.help) {
  process.stdout.write(
    `usage: generate --database-url URL [--size ${Object.keys(SIZES).join('|')}] [--seed S] [--reset] [--${COUNT_KEYS.join(' N] [--')} N]\n`,
  );
  process.exit(0);
}

const url = values['database-url'] ?? process.env.BENCH_DATABASE_URL;
if (!url) {
  process.stderr.write('--database-url (or BENCH_DATABASE_URL) is required\n');
  process.exit(2);
}
const size = values.size as string;
if (!(size in SIZES)) {
  process.stderr.write(`--size must be one of ${Object.keys(SIZES).join(', ')}\n`);
  process.exit(2);
}
const counts: SynthCounts = { ...SIZES[size as SizeName] };
const raw = values as Record<string, unknown>;
for (const k of COUNT_KEYS) {
  const v = raw[k];
  if (typeof v === 'string') {
    const n = Number(v.replace(/_/g, ''));
    if (!Number.isInteger(n) || n < 0) {
      process.stderr.write(`--${k} must be a non-negative integer\n`);
      process.exit(2);
    }
    counts[k] = n;
  }
}
if (counts.organisations < 1 || counts.projects < 1 || counts.sources < 1) {
  process.stderr.write('need at least one organisation, project and source\n');
  process.exit(2);
}

const report = await generate({ databaseUrl: url, counts, seed: values.seed as string, reset: values.reset as boolean });
process.stdout.write(`${JSON.stringify({ ...report, marker: undefined }, null, 2)}\n`);
process.stderr.write(`done in ${report.seconds.toFixed(1)} s\n`);
