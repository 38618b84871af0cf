import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { BaseSchema } from '../../common/base.entity.js';
import { COMPARISONS } from '../../common/enums.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Project } from '../project/project.entity.js';
import { comparisonSummaryTriggers } from '../comparison/comparison.triggers.js';

/** A funding programme (Interreg Europe, the government assignment on ASF, ...). */
export const Programme = defineEntity({
  name: 'Programme',
  extends: BaseSchema,
  properties: {
    name: p.string().length(200),
    slug: p.string().length(200).unique(),
    /** Official reference, e.g. the government decision number A2016/00424/A. */
    reference: p.string().length(80).nullable(),
    funder: () => p.manyToOne(Organisation).ref().nullable().deleteRule('restrict'),
    description: p.text().nullable(),
    budgets: () => p.oneToMany(ProgrammeBudget).mappedBy('programme').orderBy({ year: 'asc' }),
  },
});
export type IProgramme = InferEntity<typeof Programme>;

/** A programme's budget for a year ("at most 25 MSEK for 2017"). Not project funding: never summed into regions. */
export const ProgrammeBudget = defineEntity({
  name: 'ProgrammeBudget',
  extends: BaseSchema,
  properties: {
    programme: () => p.manyToOne(Programme).ref().deleteRule('cascade'),
    year: p.integer(),
    amount: p.decimal('string').precision(18).scale(2),
    currency: p.string().length(3),
    comparison: p.enum(COMPARISONS),
  },
  uniques: [{ properties: ['programme', 'year'] }],
  checks: [{ name: 'programme_budget_amount_non_negative', expression: 'amount >= 0' }],
});
export type IProgrammeBudget = InferEntity<typeof ProgrammeBudget>;

/**
 * Money from a funder to one or more projects. One amount may cover several projects together; it is
 * never split. The amount is null when the funding is reported but its size is not.
 */
export const Funding = defineEntity({
  name: 'Funding',
  extends: BaseSchema,
  properties: {
    key: p.string().length(120).unique(),
    funder: () => p.manyToOne(Organisation).ref().index().nullable().deleteRule('restrict'),
    programme: () => p.manyToOne(Programme).ref().index().nullable().deleteRule('restrict'),
    amount: p.decimal('string').precision(18).scale(2).nullable(),
    currency: p.string().length(3).default('SEK'),
    comparison: p.enum(COMPARISONS).default('EXACTLY'),
    approximate: p.boolean().default(false),
    yearFrom: p.integer().nullable(),
    yearTo: p.integer().nullable(),
    note: p.text().nullable(),
    projects: () =>
      p
        .manyToMany(Project)
        .pivotEntity(() => FundingProject)
        .owner(),
  },
  checks: [
    { name: 'funding_amount_non_negative', expression: 'amount is null or amount >= 0' },
    { name: 'funding_years_ordered', expression: 'year_to is null or year_from is null or year_from <= year_to' },
  ],
  triggers: [
    // marks the stored region comparison summary stale (comparison.triggers.ts)
    ...comparisonSummaryTriggers('funding', ['update']),
    // a new funder is copied to the funding's rows of funding_project (FundingProject.funderId)
    {
      name: 'funding_funder_to_projects',
      timing: 'after',
      events: ['update'],
      forEach: 'row',
      expression: `create trigger "funding_funder_to_projects" after update of funder_id on "funding" for each row when (old.funder_id is distinct from new.funder_id) execute function funding_funder_to_projects()`,
    },
  ],
});
export type IFunding = InferEntity<typeof Funding>;

/** Which projects one funding amount covers (together, never split). */
export const FundingProject = defineEntity({
  name: 'FundingProject',
  properties: {
    funding: () => p.manyToOne(Funding).primary().deleteRule('cascade'),
    project: () => p.manyToOne(Project).primary().deleteRule('cascade'),
    /**
     * The funding's funder, kept equal to funding.funder_id by triggers (never written by the API): the
     * network's walks read a project's funders and a funder's projects from this table's indexes alone,
     * without looking up each funding.
     */
    funderId: p.integer().nullable(),
  },
  indexes: [{ properties: ['project', 'funderId'] }, { properties: ['funderId', 'project'] }],
  triggers: [
    // marks the stored region comparison summary stale (comparison.triggers.ts)
    ...comparisonSummaryTriggers('funding_project', ['insert', 'update', 'delete']),
    // copies the funding's funder into every row written
    {
      name: 'funding_project_funder',
      timing: 'before',
      events: ['insert', 'update'],
      forEach: 'row',
      expression: `create trigger "funding_project_funder" before insert or update on "funding_project" for each row execute function funding_project_funder()`,
    },
  ],
});
export type IFundingProject = InferEntity<typeof FundingProject>;
