import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { BaseSchema } from '../../common/base.entity.js';
import { SOURCE_KINDS } from '../../common/enums.js';

/** A document that states facts: a seed text, a reference table, or a user's own document. */
export const Source = defineEntity({
  name: 'Source',
  extends: BaseSchema,
  properties: {
    key: p.string().length(80).unique(),
    title: p.text(),
    publisher: p.string().length(200),
    kind: p.enum(SOURCE_KINDS),
    /** Exact date, or the first day of the period the date is inferred to lie in. */
    publishedOn: p.date().nullable(),
    publishedApproximate: p.boolean().default(false),
    /** The date as stated or inferred, e.g. "c. 2017". */
    publishedText: p.string().length(80).nullable(),
    language: p.string().length(8),
    url: p.text().nullable(),
    fileName: p.string().length(200).nullable(),
    summary: p.text().nullable(),
  },
});
export type ISource = InferEntity<typeof Source>;

/** Subject types a citation can point at (one table serves every fact-bearing record). */
export const CITATION_SUBJECTS = [
  'Region',
  'RegionPopulation',
  'Municipality',
  'Organisation',
  'Partnership',
  'Membership',
  'PartnershipSize',
  'Project',
  'ProjectPhase',
  'ProjectParticipant',
  'ProjectRegion',
  'ProjectMunicipality',
  'Programme',
  'ProgrammeBudget',
  'Funding',
  'Outcome',
  'ActionPlan',
  'Event',
  'EventParticipant',
  'Person',
] as const;
export type CitationSubject = (typeof CITATION_SUBJECTS)[number];

/** "Source S states record R", with the short quote that says so. */
export const Citation = defineEntity({
  name: 'Citation',
  properties: {
    id: p.integer().primary(),
    source: () => p.manyToOne(Source).ref().deleteRule('restrict'),
    subjectType: p.enum(CITATION_SUBJECTS),
    subjectId: p.string().length(40),
    quote: p.text().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  indexes: [{ properties: ['subjectType', 'subjectId'] }],
  uniques: [{ properties: ['source', 'subjectType', 'subjectId'] }],
});
export type ICitation = InferEntity<typeof Citation>;
