export const ORGANISATION_KINDS = [
  'REGIONAL_BODY',
  'MUNICIPALITY',
  'GOVERNMENT_AGENCY',
  'EU_PROGRAMME',
  'SOCIAL_ENTERPRISE',
  'ASSOCIATION',
  'FOUNDATION',
  'COMPANY',
  'OTHER',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const REGION_KINDS = ['COUNTY', 'EUROPEAN'] as const;
export type RegionKind = (typeof REGION_KINDS)[number];

export const PROJECT_STATUSES = ['PLANNED', 'ACTIVE', 'COMPLETED', 'UNKNOWN'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

export const PARTICIPANT_ROLES = ['LEAD', 'OWNER', 'PARTNER', 'FUNDER', 'HOST', 'PARTICIPANT'] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

export const MEMBERSHIP_ROLES = ['MEMBER', 'COORDINATOR'] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];

/** How a reported figure relates to the true value. */
export const COMPARISONS = ['EXACTLY', 'APPROXIMATELY', 'AT_MOST', 'AT_LEAST', 'NEARLY'] as const;
export type Comparison = (typeof COMPARISONS)[number];

export const OUTCOME_METRICS = [
  'PARTICIPANTS',
  'PARTICIPANTS_WOMEN',
  'INTO_WORK',
  'JOBS_CREATED',
  'ENTERPRISES_SUPPORTED',
  'STAFF',
] as const;
export type OutcomeMetric = (typeof OUTCOME_METRICS)[number];

export const OUTCOME_KINDS = ['TARGET', 'ACTUAL'] as const;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];

export const EVENT_KINDS = ['STUDY_VISIT', 'MEETING', 'RECURRING_MEETING', 'DINNER', 'CONFERENCE'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const EVENT_ROLES = ['HOST', 'VISITED', 'PARTICIPANT', 'ORGANISER'] as const;
export type EventRole = (typeof EVENT_ROLES)[number];

export const SOURCE_KINDS = ['NEWS', 'PRESS_RELEASE', 'ARTICLE', 'REFERENCE_DATA', 'GOVERNMENT', 'USER'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];
