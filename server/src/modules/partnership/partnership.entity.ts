import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { BaseSchema } from '../../common/base.entity.js';
import { COMPARISONS, MEMBERSHIP_ROLES } from '../../common/enums.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Region } from '../region/region.entity.js';
import { Source } from '../source/source.entity.js';
import { ProjectParticipant } from '../project/project.entity.js';
import { EventParticipant } from '../activity/activity.entity.js';
import { comparisonSummaryTriggers } from '../comparison/comparison.triggers.js';

export const Partnership = defineEntity({
  name: 'Partnership',
  extends: BaseSchema,
  properties: {
    name: p.string().length(200),
    slug: p.string().length(200).unique(),
    region: () => p.manyToOne(Region).ref().index().nullable().deleteRule('restrict'),
    coordinator: () => p.manyToOne(Organisation).ref().index().nullable().deleteRule('restrict'),
    description: p.text().nullable(),
    startedOn: p.date().nullable(),
    startedApproximate: p.boolean().default(false),
    searchKey: p.text(),
    memberships: () => p.oneToMany(Membership).mappedBy('partnership'),
    sizes: () => p.oneToMany(PartnershipSize).mappedBy('partnership').orderBy({ asOf: 'asc' }),
    participations: () => p.oneToMany(ProjectParticipant).mappedBy('partnership'),
    eventParticipations: () => p.oneToMany(EventParticipant).mappedBy('partnership'),
  },
  // Search's `like '%text%'` on the search key reads a trigram index (pg_trgm).
  indexes: [
    {
      name: 'partnership_search_key_trgm_index',
      expression: 'create index "partnership_search_key_trgm_index" on "partnership" using gin ("search_key" gin_trgm_ops)',
    },
  ],
  checks: [{ name: 'partnership_slug_format', expression: `slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'` }],
  // marks the stored region comparison summary stale (comparison.triggers.ts)
  triggers: comparisonSummaryTriggers('partnership', ['update', 'delete']),
});
export type IPartnership = InferEntity<typeof Partnership>;

/** An organisation's dated membership of a partnership. */
export const Membership = defineEntity({
  name: 'Membership',
  extends: BaseSchema,
  properties: {
    partnership: () => p.manyToOne(Partnership).ref().deleteRule('cascade'),
    organisation: () => p.manyToOne(Organisation).ref().deleteRule('restrict'),
    role: p.enum(MEMBERSHIP_ROLES),
    fromDate: p.date().nullable(),
    fromApproximate: p.boolean().default(false),
    toDate: p.date().nullable(),
    toApproximate: p.boolean().default(false),
  },
  uniques: [{ properties: ['partnership', 'organisation', 'role'] }],
  // an organisation's partnerships, read from the index alone (the network's walks)
  indexes: [{ properties: ['organisation', 'partnership'] }],
  checks: [{ name: 'membership_dates_ordered', expression: 'to_date is null or from_date is null or from_date <= to_date' }],
  // marks the stored region comparison summary stale (comparison.triggers.ts)
  triggers: comparisonSummaryTriggers('membership', ['insert', 'update', 'delete']),
});
export type IMembership = InferEntity<typeof Membership>;

/** A stated size when only a count is reported ("nearly 30" member organisations, 2017). */
export const PartnershipSize = defineEntity({
  name: 'PartnershipSize',
  extends: BaseSchema,
  properties: {
    partnership: () => p.manyToOne(Partnership).ref().deleteRule('cascade'),
    memberCount: p.integer(),
    comparison: p.enum(COMPARISONS),
    asOf: p.date().nullable(),
    asOfApproximate: p.boolean().default(false),
    asOfText: p.string().length(80).nullable(),
    source: () => p.manyToOne(Source).ref().deleteRule('restrict'),
  },
  uniques: [{ properties: ['partnership', 'source'] }],
  checks: [{ name: 'partnership_size_positive', expression: 'member_count >= 0' }],
  // marks the stored region comparison summary stale (comparison.triggers.ts)
  triggers: comparisonSummaryTriggers('partnership_size', ['insert', 'update', 'delete']),
});
export type IPartnershipSize = InferEntity<typeof PartnershipSize>;
