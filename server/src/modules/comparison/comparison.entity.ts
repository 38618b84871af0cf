import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/**
 * The parts of the summary. FUNDING is kept per bucket of funding ids, for every region the bucket's
 * fundings reach (a change to a funding recomputes its bucket only), and FUNDING_TOTAL per region adds
 * up the region's buckets; PROJECTS (with the outcome sums), ENTERPRISES and PARTNERSHIPS are per region.
 */
export const SUMMARY_PARTS = ['FUNDING', 'FUNDING_TOTAL', 'PROJECTS', 'ENTERPRISES', 'PARTNERSHIPS'] as const;
export type SummaryPart = (typeof SUMMARY_PARTS)[number];

/**
 * One unit of the stored region comparison summary: a bucket of funding ids (part FUNDING, scope = the
 * bucket number) or one part of one region (scope = the region code). Triggers on the tables a unit is
 * computed from mark it stale in the same transaction as the change (and lock it until commit);
 * comparison.summary.ts recomputes stale units before a write commits. A unit without a row holds no
 * figures (nothing it is computed from has existed since the summary was created).
 */
export const ComparisonSummary = defineEntity({
  name: 'ComparisonSummary',
  tableName: 'comparison_summary',
  properties: {
    part: p.enum(SUMMARY_PARTS).primary(),
    scope: p.string().length(16).primary(),
    stale: p.boolean().default(true),
    /** The version of the SQL that computed the unit's figures; a unit computed by another version counts as stale. */
    computedBy: p.string().length(64).nullable(),
    computedAt: p.datetime().nullable(),
  },
});
export type IComparisonSummary = InferEntity<typeof ComparisonSummary>;

/**
 * A figure of a summary unit for one region, in the shape the comparison statement returns it, plus
 * the years the period filters on (see comparison.sql.ts). FUNDING has one row per bucket and region,
 * which add up to the region's FUNDING_TOTAL row.
 */
export const ComparisonSummaryFigure = defineEntity({
  name: 'ComparisonSummaryFigure',
  tableName: 'comparison_summary_figure',
  properties: {
    part: p.enum(SUMMARY_PARTS).primary(),
    scope: p.string().length(16).primary(),
    regionCode: p.string().length(8).primary(),
    figure: p.string().length(40).primary(),
    /** The funding bucket (FUNDING rows), 0 otherwise: the first record ids of a region come from its first buckets. */
    bucket: p.integer().default(0),
    value: p.decimal('string').columnType('numeric').nullable(),
    n: p.integer(),
    nWithout: p.integer(),
    approx: p.boolean(),
    shared: p.boolean(),
    comparisons: p.array().nullable(),
    ids: p.array(),
    detail: p.text().nullable(),
    latestStartYear: p.integer().nullable(),
    earliestEndYear: p.integer().nullable(),
  },
  indexes: [{ name: 'comparison_summary_figure_region_index', properties: ['regionCode', 'part'] }],
});
export type IComparisonSummaryFigure = InferEntity<typeof ComparisonSummaryFigure>;
