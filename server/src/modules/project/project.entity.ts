import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { BaseSchema } from '../../common/base.entity.js';
import { PARTICIPANT_ROLES, PROJECT_STATUSES } from '../../common/enums.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Partnership } from '../partnership/partnership.entity.js';
import { Municipality, Region } from '../region/region.entity.js';
import { Outcome } from '../outcome/outcome.entity.js';
import { Event } from '../activity/activity.entity.js';
import { Funding } from '../funding/funding.entity.js';
import { comparisonSummaryTriggers } from '../comparison/comparison.triggers.js';

export const Project = defineEntity({
  name: 'Project',
  extends: BaseSchema,
  properties: {
    name: p.string().length(200),
    slug: p.string().length(200).unique(),
    description: p.text().nullable(),
    startDate: p.date().nullable(),
    startApproximate: p.boolean().default(false),
    endDate: p.date().nullable(),
    endApproximate: p.boolean().default(false),
    status: p.enum(PROJECT_STATUSES).default('UNKNOWN'),
    owner: () => p.manyToOne(Organisation).ref().index().nullable().deleteRule('restrict'),
    searchKey: p.text(),
    phases: () => p.oneToMany(ProjectPhase).mappedBy('project').orderBy({ position: 'asc' }),
    // Lists come in a stable order (by id): without it their order follows the plan, and a concurrent
    // scan can start mid-table (synchronized seqscans), so the same request could answer differently.
    participants: () => p.oneToMany(ProjectParticipant).mappedBy('project').orderBy({ id: 'asc' }),
    regionLinks: () => p.oneToMany(ProjectRegion).mappedBy('project').orderBy({ id: 'asc' }),
    municipalityLinks: () => p.oneToMany(ProjectMunicipality).mappedBy('project').orderBy({ id: 'asc' }),
    outcomes: () => p.oneToMany(Outcome).mappedBy('project').orderBy({ id: 'asc' }),
    events: () => p.oneToMany(Event).mappedBy('project').orderBy({ startDate: 'asc' }),
    fundings: () => p.manyToMany(Funding).mappedBy('projects').orderBy({ id: 'asc' }),
  },
  // Pages are ordered by name (then id) or by start date: each order reads the first rows of an index.
  indexes: [
    { name: 'project_name_id_index', properties: ['name', 'id'] },
    { name: 'project_start_date_name_id_index', properties: ['startDate', 'name', 'id'] },
    // Search's `like '%text%'` on the search key reads a trigram index (pg_trgm).
    {
      name: 'project_search_key_trgm_index',
      expression: 'create index "project_search_key_trgm_index" on "project" using gin ("search_key" gin_trgm_ops)',
    },
  ],
  checks: [
    { name: 'project_slug_format', expression: `slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'` },
    { name: 'project_dates_ordered', expression: 'end_date is null or start_date is null or start_date <= end_date' },
  ],
  // marks the stored region comparison summary stale (comparison.triggers.ts)
  triggers: comparisonSummaryTriggers('project', ['update']),
});
export type IProject = InferEntity<typeof Project>;

/** A reported phase of a project (analysis and planning, implementation, closing). */
export const ProjectPhase = defineEntity({
  name: 'ProjectPhase',
  extends: BaseSchema,
  properties: {
    project: () => p.manyToOne(Project).ref().deleteRule('cascade'),
    position: p.integer(),
    name: p.string().length(120),
    description: p.text().nullable(),
    startDate: p.date().nullable(),
    startApproximate: p.boolean().default(false),
    endDate: p.date().nullable(),
    endApproximate: p.boolean().default(false),
    /** Duration in months as reported, when only a duration is known ("ett halvår", "två år"). */
    durationMonths: p.integer().nullable(),
  },
  uniques: [{ properties: ['project', 'position'] }],
  checks: [{ name: 'project_phase_dates_ordered', expression: 'end_date is null or start_date is null or start_date <= end_date' }],
});
export type IProjectPhase = InferEntity<typeof ProjectPhase>;

/** An organisation, or a whole partnership, taking part in a project in a role. */
export const ProjectParticipant = defineEntity({
  name: 'ProjectParticipant',
  extends: BaseSchema,
  properties: {
    project: () => p.manyToOne(Project).ref().deleteRule('cascade'),
    organisation: () => p.manyToOne(Organisation).ref().index().nullable().deleteRule('restrict'),
    partnership: () => p.manyToOne(Partnership).ref().index().nullable().deleteRule('restrict'),
    role: p.enum(PARTICIPANT_ROLES),
    note: p.text().nullable(),
  },
  uniques: [{ properties: ['project', 'organisation', 'partnership', 'role'] }],
  checks: [{ name: 'project_participant_one_party', expression: '(organisation_id is null) <> (partnership_id is null)' }],
});
export type IProjectParticipant = InferEntity<typeof ProjectParticipant>;

/** A region a project works in. */
export const ProjectRegion = defineEntity({
  name: 'ProjectRegion',
  properties: {
    id: p.integer().primary(),
    project: () => p.manyToOne(Project).ref().deleteRule('cascade'),
    region: () => p.manyToOne(Region).ref().index().deleteRule('restrict'),
  },
  uniques: [{ properties: ['project', 'region'] }],
  // marks the stored region comparison summary stale (comparison.triggers.ts)
  triggers: comparisonSummaryTriggers('project_region', ['insert', 'update', 'delete']),
});
export type IProjectRegion = InferEntity<typeof ProjectRegion>;

/** A municipality a project works in. */
export const ProjectMunicipality = defineEntity({
  name: 'ProjectMunicipality',
  properties: {
    id: p.integer().primary(),
    project: () => p.manyToOne(Project).ref().deleteRule('cascade'),
    municipality: () => p.manyToOne(Municipality).ref().index().deleteRule('restrict'),
  },
  uniques: [{ properties: ['project', 'municipality'] }],
  // marks the stored region comparison summary stale (comparison.triggers.ts)
  triggers: comparisonSummaryTriggers('project_municipality', ['insert', 'update', 'delete']),
});
export type IProjectMunicipality = InferEntity<typeof ProjectMunicipality>;
