import { z } from 'zod';
import {
  COMPARISONS,
  EVENT_KINDS,
  EVENT_ROLES,
  MEMBERSHIP_ROLES,
  ORGANISATION_KINDS,
  OUTCOME_KINDS,
  OUTCOME_METRICS,
  PARTICIPANT_ROLES,
  PROJECT_STATUSES,
  SOURCE_KINDS,
} from '../../common/enums.js';

/** The shape of the reviewed reference-data files in server/data/reference. */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date YYYY-MM-DD');
const yamlDate = z.union([isoDate, z.date().transform((d) => d.toISOString().slice(0, 10))]);
export const datedSchema = z.object({
  on: yamlDate.nullable(),
  approximate: z.boolean(),
  text: z.string().optional(),
});
export const citationSchema = z.object({ source: z.string(), quote: z.string().optional() });
const cited = { sources: z.array(citationSchema).min(1, 'every record needs at least one source') };
const decimal = z.string().regex(/^\d+(\.\d+)?$/, 'must be a non-negative decimal string');
const code = z.string().min(2);

export const sourceFile = z.array(
  z.object({
    key: z.string(),
    file: z.string().optional(),
    title: z.string(),
    publisher: z.string(),
    kind: z.enum(SOURCE_KINDS),
    published: datedSchema,
    language: z.string(),
    url: z.string().optional(),
    summary: z.string().optional(),
  }),
);

export const europeanRegionFile = z.array(
  z.object({ code, name: z.string(), nameEn: z.string(), country: z.string().length(2), ...cited }),
);

export const organisationFile = z.array(
  z.object({
    name: z.string(),
    slug: z.string().optional(),
    kind: z.enum(ORGANISATION_KINDS),
    orgNumber: z.string().optional(),
    region: code.optional(),
    municipality: z.string().length(4).optional(),
    country: z.string().length(2).optional(),
    url: z.string().optional(),
    description: z.string().optional(),
    legalForm: z.string().optional(),
    businessLine: z.string().optional(),
    integrationLine: z.string().optional(),
    ...cited,
  }),
);

export const partnershipFile = z.array(
  z.object({
    name: z.string(),
    slug: z.string().optional(),
    region: code.optional(),
    coordinator: z.string().optional(),
    started: datedSchema.optional(),
    description: z.string().optional(),
    ...cited,
    members: z.array(
      z.object({
        organisation: z.string(),
        role: z.enum(MEMBERSHIP_ROLES),
        from: datedSchema.optional(),
        to: datedSchema.optional(),
        ...cited,
      }),
    ),
    sizes: z.array(
      z.object({
        count: z.number().int().nonnegative(),
        comparison: z.enum(COMPARISONS),
        asOf: datedSchema,
        source: z.string(),
        quote: z.string().optional(),
      }),
    ),
  }),
);

export const programmeFile = z.array(
  z.object({
    name: z.string(),
    slug: z.string().optional(),
    reference: z.string().optional(),
    funder: z.string().optional(),
    description: z.string().optional(),
    ...cited,
    budgets: z
      .array(
        z.object({
          year: z.number().int(),
          amount: decimal,
          currency: z.string().length(3),
          comparison: z.enum(COMPARISONS),
          source: z.string(),
          quote: z.string().optional(),
        }),
      )
      .default([]),
  }),
);

const placeCitations = { sources: z.array(citationSchema).min(1) };
export const projectFile = z.array(
  z.object({
    name: z.string(),
    slug: z.string().optional(),
    description: z.string().optional(),
    start: datedSchema.optional(),
    end: datedSchema.optional(),
    status: z.enum(PROJECT_STATUSES),
    owner: z.string().nullable().optional(),
    ...cited,
    phases: z
      .array(
        z.object({
          position: z.number().int(),
          name: z.string(),
          description: z.string().optional(),
          durationMonths: z.number().int().optional(),
          start: datedSchema.optional(),
          end: datedSchema.optional(),
          ...cited,
        }),
      )
      .default([]),
    participants: z
      .array(
        z.object({
          organisation: z.string().optional(),
          partnership: z.string().optional(),
          role: z.enum(PARTICIPANT_ROLES),
          note: z.string().optional(),
          ...cited,
        }),
      )
      .default([]),
    regions: z.array(z.object({ region: code, ...placeCitations })).default([]),
    municipalities: z.array(z.object({ municipality: z.string().length(4), ...placeCitations })).default([]),
    outcomes: z
      .array(
        z.object({
          metric: z.enum(OUTCOME_METRICS),
          kind: z.enum(OUTCOME_KINDS),
          comparison: z.enum(COMPARISONS),
          value: decimal.optional(),
          share: decimal.optional(),
          shareOf: z.enum(OUTCOME_METRICS).optional(),
          note: z.string().optional(),
          ...cited,
        }),
      )
      .default([]),
  }),
);

export const fundingFile = z.array(
  z.object({
    key: z.string(),
    amount: decimal.nullable(),
    currency: z.string().length(3).default('SEK'),
    comparison: z.enum(COMPARISONS).default('EXACTLY'),
    approximate: z.boolean().default(false),
    yearFrom: z.number().int().optional(),
    yearTo: z.number().int().optional(),
    funder: z.string().nullable().optional(),
    programme: z.string().optional(),
    note: z.string().optional(),
    projects: z.array(z.string()).min(1),
    ...cited,
  }),
);

export const actionPlanFile = z.array(
  z.object({
    key: z.string(),
    name: z.string(),
    owner: z.string().optional(),
    region: code.optional(),
    activityCount: z.number().int().optional(),
    periodYears: z.number().int().optional(),
    adoptedYear: z.number().int().optional(),
    description: z.string().optional(),
    ...cited,
  }),
);

export const eventFile = z.array(
  z.object({
    key: z.string(),
    name: z.string(),
    kind: z.enum(EVENT_KINDS),
    project: z.string().optional(),
    start: datedSchema.optional(),
    end: datedSchema.optional(),
    place: z.string().optional(),
    country: z.string().length(2).optional(),
    municipality: z.string().length(4).optional(),
    region: code.optional(),
    timesPerYear: z.number().int().optional(),
    visitorCountries: z.array(z.string()).optional(),
    description: z.string().optional(),
    ...cited,
    participants: z
      .array(
        z.object({
          organisation: z.string().optional(),
          partnership: z.string().optional(),
          role: z.enum(EVENT_ROLES),
          ...cited,
        }),
      )
      .default([]),
  }),
);

export const personFile = z.array(
  z.object({
    key: z.string(),
    name: z.string(),
    role: z.string().optional(),
    party: z.string().optional(),
    organisation: z.string().optional(),
    ...cited,
  }),
);

export type Dated = z.infer<typeof datedSchema>;
export type CitationInput = z.infer<typeof citationSchema>;
