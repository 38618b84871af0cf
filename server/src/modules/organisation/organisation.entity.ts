import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { BaseSchema } from '../../common/base.entity.js';
import { ORGANISATION_KINDS } from '../../common/enums.js';
import { Municipality, Region } from '../region/region.entity.js';
import { Membership } from '../partnership/partnership.entity.js';
import { ProjectParticipant } from '../project/project.entity.js';
import { ActionPlan, EventParticipant } from '../activity/activity.entity.js';
import { Person } from '../person/person.entity.js';
import { comparisonSummaryTriggers } from '../comparison/comparison.triggers.js';

/**
 * Any organisation in the network. A social enterprise (kind SOCIAL_ENTERPRISE) also carries its
 * profile: legal form, business line (what it sells) and integration line (how it helps people into work).
 */
export const Organisation = defineEntity({
  name: 'Organisation',
  extends: BaseSchema,
  properties: {
    name: p.string().length(200),
    slug: p.string().length(200).unique(),
    kind: p.enum(ORGANISATION_KINDS).index(),
    /** Swedish organisationsnummer, NNNNNN-NNNN, checksum-validated. */
    orgNumber: p.string().length(11).nullable().unique(),
    municipality: () => p.manyToOne(Municipality).ref().index().nullable().deleteRule('restrict'),
    region: () => p.manyToOne(Region).ref().index().nullable().deleteRule('restrict'),
    country: p.string().length(2).nullable(),
    url: p.text().nullable(),
    description: p.text().nullable(),
    legalForm: p.string().length(120).nullable(),
    businessLine: p.text().nullable(),
    integrationLine: p.text().nullable(),
    searchKey: p.text(),
    memberships: () => p.oneToMany(Membership).mappedBy('organisation'),
    participations: () => p.oneToMany(ProjectParticipant).mappedBy('organisation'),
    eventParticipations: () => p.oneToMany(EventParticipant).mappedBy('organisation'),
    people: () => p.oneToMany(Person).mappedBy('organisation').orderBy({ name: 'asc' }),
    actionPlans: () => p.oneToMany(ActionPlan).mappedBy('owner'),
  },
  // Search's `like '%text%'` on the search key reads a trigram index (pg_trgm).
  indexes: [
    {
      name: 'organisation_search_key_trgm_index',
      expression: 'create index "organisation_search_key_trgm_index" on "organisation" using gin ("search_key" gin_trgm_ops)',
    },
  ],
  checks: [{ name: 'organisation_slug_format', expression: `slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'` }],
  // marks the stored region comparison summary stale (comparison.triggers.ts)
  triggers: comparisonSummaryTriggers('organisation', ['insert', 'update', 'delete']),
});
export type IOrganisation = InferEntity<typeof Organisation>;
