import { Field, InterfaceType, ObjectType, ID, registerEnumType } from 'type-graphql';
import { helper } from '@mikro-orm/core';
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
  REGION_KINDS,
  SOURCE_KINDS,
} from './enums.js';
import { DateScalar, DecimalScalar } from './scalars.js';

function enumOf<const T extends readonly string[]>(values: T): { [K in T[number]]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T[number]]: K };
}

export const OrganisationKindEnum = enumOf(ORGANISATION_KINDS);
export const RegionKindEnum = enumOf(REGION_KINDS);
export const ProjectStatusEnum = enumOf(PROJECT_STATUSES);
export const ParticipantRoleEnum = enumOf(PARTICIPANT_ROLES);
export const MembershipRoleEnum = enumOf(MEMBERSHIP_ROLES);
export const ComparisonEnum = enumOf(COMPARISONS);
export const OutcomeMetricEnum = enumOf(OUTCOME_METRICS);
export const OutcomeKindEnum = enumOf(OUTCOME_KINDS);
export const EventKindEnum = enumOf(EVENT_KINDS);
export const EventRoleEnum = enumOf(EVENT_ROLES);
export const SourceKindEnum = enumOf(SOURCE_KINDS);
export const FigureStatusEnum = enumOf(['REPORTED', 'APPROXIMATE', 'NOT_REPORTED'] as const);
export type FigureStatus = keyof typeof FigureStatusEnum;
export const SortDirectionEnum = enumOf(['ASC', 'DESC'] as const);

registerEnumType(OrganisationKindEnum, { name: 'OrganisationKind', description: 'What kind of organisation this is.' });
registerEnumType(RegionKindEnum, { name: 'RegionKind', description: 'A Swedish county (län) or a European partner region.' });
registerEnumType(ProjectStatusEnum, { name: 'ProjectStatus', description: 'Where a project stands.' });
registerEnumType(ParticipantRoleEnum, { name: 'ParticipantRole', description: 'The role of an organisation or partnership in a project.' });
registerEnumType(MembershipRoleEnum, { name: 'MembershipRole', description: 'The role of a member in a partnership.' });
registerEnumType(ComparisonEnum, {
  name: 'Comparison',
  description: 'How a reported figure relates to the true value: exactly, approximately, at most, at least, nearly.',
});
registerEnumType(OutcomeMetricEnum, { name: 'OutcomeMetric', description: 'What an outcome counts.' });
registerEnumType(OutcomeKindEnum, { name: 'OutcomeKind', description: 'A target (planned) or an actual (achieved) figure.' });
registerEnumType(EventKindEnum, { name: 'EventKind', description: 'What kind of event.' });
registerEnumType(EventRoleEnum, { name: 'EventRole', description: 'The role of an organisation or partnership at an event.' });
registerEnumType(SourceKindEnum, { name: 'SourceKind', description: 'What kind of document a source is.' });
registerEnumType(FigureStatusEnum, {
  name: 'FigureStatus',
  description: 'Whether a figure was reported: REPORTED, APPROXIMATE (reported as approximate), or NOT_REPORTED (null, never 0).',
});
registerEnumType(SortDirectionEnum, { name: 'SortDirection', description: 'Sort order.' });

export { DateScalar, DecimalScalar };

const RECORD_TYPE = Symbol('record type');

/** A record known by its key alone (a search hit that asks for no field of it), with the GraphQL type it is. */
export function recordKey<K extends object>(typename: string, key: K): K {
  return Object.assign(key, { [RECORD_TYPE]: typename });
}

/**
 * The GraphQL type of a record behind a Node or a search hit: the type a `recordKey` was given, or its
 * entity's name (the two are named alike).
 */
export const recordTypeName = (value: object): string =>
  (value as { [RECORD_TYPE]?: string })[RECORD_TYPE] ?? helper(value).__meta.className;

@InterfaceType({
  description: 'An object with a global, opaque, stable id (Relay Node).',
  resolveType: recordTypeName,
})
export abstract class Node {
  @Field(() => ID, { description: 'Global, opaque, stable id.' })
  id!: string;
}

@ObjectType({ description: 'A date as reported, possibly approximate ("c. 2017").' })
export class DateValue {
  @Field(() => DateScalar, { description: 'The date, or the first day of the period an approximate date lies in.' })
  date!: string;

  @Field(() => Boolean, { description: 'True when the source gives the date only approximately.' })
  approximate!: boolean;
}

export function dateValue(date: string | null | undefined, approximate: boolean): DateValue | null {
  return date ? { date, approximate } : null;
}

@ObjectType({ description: 'An exact amount of money.' })
export class Money {
  @Field(() => DecimalScalar, { description: 'Exact decimal amount.' })
  amount!: string;

  @Field(() => String, { description: 'ISO 4217 currency code, e.g. SEK.' })
  currency!: string;
}

/** The status of a figure: null is NOT_REPORTED (never 0); an approximate one is APPROXIMATE. */
export function figureStatus(value: unknown, approximate = false): FigureStatus {
  if (value === null || value === undefined) return 'NOT_REPORTED';
  return approximate ? 'APPROXIMATE' : 'REPORTED';
}

/** A value now, or later. Resolvers return read-model values as they are (no promise per field). */
export type Maybe<T> = T | Promise<T>;

/**
 * Loads a to-one relation through MikroORM's dataloader (batched per request); null stays null. A
 * read-model object (see project.read.ts) carries the related object itself: it is returned as is.
 */
export function loadRef<T extends object>(ref: { load(): Promise<T | null> } | null | undefined): Maybe<T | null> {
  if (!ref) return null;
  return typeof ref.load === 'function' ? ref.load() : (ref as unknown as T);
}

/** A required to-one relation (`loadOrFail`), or the related object a read-model object carries. */
export function loadOne<T extends object>(ref: { loadOrFail(): Promise<T> }): Maybe<T> {
  return typeof ref.loadOrFail === 'function' ? ref.loadOrFail() : (ref as unknown as T);
}

/**
 * The items of a to-many relation, loaded through MikroORM's dataloader (batched per request), or the
 * array a read-model object carries.
 */
export function loadMany<T extends object>(collection: { load(): Promise<{ getItems(): T[] }> }): Maybe<T[]> {
  if (Array.isArray(collection)) return collection as T[];
  return collection.load().then((c) => c.getItems());
}

/** `f` over the items, without a promise when the items are already there. */
export function mapItems<T, U>(items: Maybe<T[]>, f: (item: T) => Maybe<U>): Maybe<Maybe<U>[]> {
  return Array.isArray(items) ? items.map(f) : items.then((list) => Promise.all(list.map(f)));
}
