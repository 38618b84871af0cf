import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { BaseSchema } from '../../common/base.entity.js';
import { COMPARISONS, OUTCOME_KINDS, OUTCOME_METRICS } from '../../common/enums.js';
import { Project } from '../project/project.entity.js';
import { comparisonSummaryTriggers } from '../comparison/comparison.triggers.js';

/**
 * A target or an actual figure of a project: a value ("390 into work") or a share of another metric
 * ("at least half of the participants are women").
 */
export const Outcome = defineEntity({
  name: 'Outcome',
  extends: BaseSchema,
  properties: {
    project: () => p.manyToOne(Project).ref().deleteRule('cascade'),
    metric: p.enum(OUTCOME_METRICS),
    kind: p.enum(OUTCOME_KINDS),
    comparison: p.enum(COMPARISONS),
    value: p.decimal('string').precision(14).scale(2).nullable(),
    share: p.decimal('string').precision(5).scale(4).nullable(),
    shareOf: p.enum(OUTCOME_METRICS).nullable(),
    periodStart: p.date().nullable(),
    periodEnd: p.date().nullable(),
    note: p.text().nullable(),
  },
  uniques: [{ properties: ['project', 'metric', 'kind', 'comparison'] }],
  checks: [
    { name: 'outcome_value_or_share', expression: '(value is not null) or (share is not null and share_of is not null)' },
    { name: 'outcome_value_non_negative', expression: 'value is null or value >= 0' },
    { name: 'outcome_share_range', expression: 'share is null or (share >= 0 and share <= 1)' },
  ],
  // marks the stored region comparison summary stale (comparison.triggers.ts)
  triggers: comparisonSummaryTriggers('outcome', ['insert', 'update', 'delete']),
});
export type IOutcome = InferEntity<typeof Outcome>;
