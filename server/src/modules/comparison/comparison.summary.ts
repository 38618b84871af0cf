import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/sql';
import { readRows } from '../../db/read-sql.js';
import { FUNDING_BUCKET_SIZE, fundingRefreshSql, FUNDING_TOTAL_REFRESH_SQL, PART_REFRESH_SQL, SUMMARY_READ_SQL } from './comparison.sql.js';
import type { SummaryPart } from './comparison.entity.js';

// The stored summary of the region comparison (tables comparison_summary and comparison_summary_figure,
// Migration20261122040000): the whole-period figures of every region, kept per unit (a bucket of funding
// ids, or one part of one region; see SUMMARY_PARTS). Triggers mark the units a change touches stale in
// the change's own transaction; refreshComparisonSummary() recomputes them before the transaction
// commits. A reader uses the stored figures only when every unit it needs is fresh and the period asked
// for filters nothing in them; otherwise it computes from the base tables.

/** The version of the SQL that computes the units: stored units computed by other SQL count as stale. */
export const SUMMARY_VERSION = createHash('sha256')
  .update(JSON.stringify([FUNDING_BUCKET_SIZE, fundingRefreshSql([0]), FUNDING_TOTAL_REFRESH_SQL, PART_REFRESH_SQL]))
  .digest('hex')
  .slice(0, 32);

/** At most this many funding buckets per statement (16 × FUNDING_BUCKET_SIZE fundings: about 130 000). */
const BUCKETS_PER_STATEMENT = 16;

/**
 * Recomputes every stale unit of the summary. Must run inside the transaction of the write that made
 * them stale (its last step before commit), or in a transaction of its own. The units are locked first
 * (FOR UPDATE: a unit another transaction has just marked waits for it to commit), then recomputed by
 * statements that see everything committed up to then. The FUNDING_TOTAL of each region whose buckets
 * were recomputed follows, locked the same way (two writers of different buckets of a region add up
 * one after the other). The transaction's pending entity changes are flushed first, so their triggers
 * have marked what they touch. Returns how many units were recomputed.
 */
export async function refreshComparisonSummary(tx: EntityManager): Promise<number> {
  await tx.flush();
  const stale = await tx.execute<{ part: SummaryPart; scope: string }[]>(
    `select part, scope from comparison_summary
      where stale or computed_by is distinct from ?
      order by part, scope
        for update`,
    [SUMMARY_VERSION],
  );
  if (!stale.length) return 0;
  const scopesOf = (part: SummaryPart) => stale.filter((u) => u.part === part).map((u) => u.scope);

  const totals = new Set(scopesOf('FUNDING_TOTAL'));
  const buckets = scopesOf('FUNDING').map(Number);
  for (let i = 0; i < buckets.length; i += BUCKETS_PER_STATEMENT) {
    const some = buckets.slice(i, i + BUCKETS_PER_STATEMENT);
    const regions = [
      ...(await clear(tx, 'FUNDING', some.map(String))),
      ...(await tx.execute<{ region_code: string }[]>(fundingRefreshSql(some))),
    ];
    for (const r of regions) totals.add(r.region_code);
  }
  for (const part of ['PROJECTS', 'ENTERPRISES', 'PARTNERSHIPS'] as const) {
    const codes = scopesOf(part);
    if (!codes.length) continue;
    await clear(tx, part, codes);
    await tx.execute(PART_REFRESH_SQL[part], {
      codes: codes.join(','),
      yearFrom: null,
      yearTo: null,
      funderSlug: null,
      programmeSlug: null,
    });
  }
  const units = [...stale];
  if (totals.size) {
    const codes = [...totals].sort();
    await tx.execute(
      `insert into comparison_summary (part, scope, stale)
       select 'FUNDING_TOTAL', c.code, true from unnest(string_to_array(?, ',')) as c(code) order by c.code
           on conflict (part, scope) do update set stale = true`,
      [codes.join(',')],
    );
    await clear(tx, 'FUNDING_TOTAL', codes);
    await tx.execute(FUNDING_TOTAL_REFRESH_SQL, { codes: codes.join(',') });
    units.push(...codes.filter((c) => !scopesOf('FUNDING_TOTAL').includes(c)).map((scope) => ({ part: 'FUNDING_TOTAL' as const, scope })));
  }
  await tx.execute(
    `update comparison_summary s set stale = false, computed_by = ?, computed_at = now()
       from unnest(string_to_array(?, ','), string_to_array(?, ',')) as u(part, scope)
      where s.part = u.part and s.scope = u.scope`,
    [SUMMARY_VERSION, units.map((u) => u.part).join(','), units.map((u) => u.scope).join(',')],
  );
  return units.length;
}

/** Deletes the rows of the units; returns the regions they were for. */
async function clear(tx: EntityManager, part: SummaryPart, scopes: string[]): Promise<{ region_code: string }[]> {
  return tx.execute(`delete from comparison_summary_figure where part = ? and scope = any(string_to_array(?, ',')) returning region_code`, [
    part,
    scopes.join(','),
  ]);
}

/** Recomputes the stale units in a transaction of their own (start-up, after data was loaded behind the server's back). */
export async function refreshComparisonSummaryNow(em: EntityManager): Promise<number> {
  return em.transactional((tx) => refreshComparisonSummary(tx));
}

export interface SummaryReadParams {
  codes: string[];
  yearFrom: number;
  yearTo: number;
  populationYear: number;
  /** False: leave the record ids out (null), when nothing asks for them. */
  withRecords?: boolean;
}

/**
 * The figures of the regions from the stored summary (one statement), or null when the summary cannot
 * answer: a unit is stale, or the period filters something in them (then the caller computes).
 */
export async function summaryFigures<Row extends object>(em: EntityManager, params: SummaryReadParams): Promise<Row[] | null> {
  const rows = await readRows<Row & { usable: boolean }>(em, SUMMARY_READ_SQL, {
    codes: params.codes.join(','),
    yearFrom: params.yearFrom,
    yearTo: params.yearTo,
    populationYear: params.populationYear,
    version: SUMMARY_VERSION,
    withIds: params.withRecords ?? true,
  });
  // No row at all: regions without any figure, not even a population; the computation is as cheap.
  if (!rows.length || !rows[0]!.usable) return null;
  return rows.map(({ usable: _, ...row }) => row as unknown as Row);
}
