// What a refused write means for the form that sent it: problems per field (named by the input path the
// API uses, e.g. "amount", "source.new.title"), a stale version with the record's current values, or a
// problem with the whole write.

import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import type { GraphQLFormattedError } from 'graphql';

export interface Problem {
  message: string;
  /** True when the text is the API's own (in English); false for the dashboard's own (translated) checks. */
  server: boolean;
}

/** Problems by field path, e.g. { amount: [...], 'source.key': [...] }. */
export type FieldProblems = Record<string, Problem[]>;

export type WriteErrorKind = 'invalid' | 'conflict' | 'unauthenticated' | 'forbidden' | 'notFound' | 'network' | 'other';

export interface StaleVersion {
  /** The record's version now. */
  currentVersion: number | null;
  /** The record as it is now (the API's snapshot: column names, references as keys). */
  current: Record<string, unknown> | null;
  message: string;
}

export interface WriteError {
  kind: WriteErrorKind;
  fields: FieldProblems;
  /** Problems with the write as a whole (in the API's words), when no field is named. */
  messages: string[];
  /** Set when the record changed since it was loaded (CONFLICT on `version`). */
  stale: StaleVersion | null;
}

export function addProblem(fields: FieldProblems, field: string, problem: Problem): FieldProblems {
  return { ...fields, [field]: [...(fields[field] ?? []), problem] };
}

/** "input.source.key" and "source.key" are the same field; the API names fields without the argument. */
export function normaliseField(field: string): string {
  return field.replace(/^input\./, '');
}

function record(value: unknown): Record<string, unknown> | null {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

/** A variable the API could not even read ("... at \"input.amount\"; Expected type \"Decimal\"") names its field too. */
const COERCION_PATH = /at "input\.([\w.]+)"/;

function readGraphQLError(error: GraphQLFormattedError, result: WriteError): WriteError {
  const extensions = record(error.extensions) ?? {};
  const code = typeof extensions.code === 'string' ? extensions.code : '';
  let { fields, messages } = result;
  let kind = result.kind;
  let stale = result.stale;

  const details = Array.isArray(extensions.fields) ? extensions.fields : [];
  const named = typeof extensions.field === 'string' ? normaliseField(extensions.field) : null;

  if (code === 'CONFLICT' && (extensions.current !== undefined || extensions.currentVersion !== undefined || named === 'version')) {
    kind = 'conflict';
    stale = {
      currentVersion: typeof extensions.currentVersion === 'number' ? extensions.currentVersion : null,
      current: record(extensions.current),
      message: error.message,
    };
  } else if (code === 'BAD_USER_INPUT' || code === 'CONFLICT') {
    kind = kind === 'conflict' ? kind : 'invalid';
    if (details.length > 0) {
      for (const detail of details) {
        const entry = record(detail);
        if (!entry || typeof entry.field !== 'string') continue;
        const problems = Array.isArray(entry.problems) ? entry.problems.filter((p): p is string => typeof p === 'string') : [];
        for (const message of problems.length ? problems : [error.message]) {
          fields = addProblem(fields, normaliseField(entry.field), { message, server: true });
        }
      }
    } else if (named) {
      fields = addProblem(fields, named, { message: error.message.replace(/^Invalid argument — [\w.]+: /, ''), server: true });
    } else {
      const path = COERCION_PATH.exec(error.message)?.[1];
      if (path) fields = addProblem(fields, path, { message: error.message, server: true });
      else messages = [...messages, error.message];
    }
  } else {
    if (kind === 'other' || kind === 'invalid') {
      kind = code === 'UNAUTHENTICATED' ? 'unauthenticated' : code === 'FORBIDDEN' ? 'forbidden' : code === 'NOT_FOUND' ? 'notFound' : kind;
    }
    messages = [...messages, error.message];
  }
  return { kind, fields, messages, stale };
}

/** Reads what went wrong with a mutation (Apollo's error, or the JSON errors of an HTTP answer). */
export function readWriteError(error: unknown): WriteError {
  const empty: WriteError = { kind: 'other', fields: {}, messages: [], stale: null };
  if (CombinedGraphQLErrors.is(error)) return error.errors.reduce((result, e) => readGraphQLError(e, result), empty);
  if (Array.isArray(error)) return (error as GraphQLFormattedError[]).reduce((result, e) => readGraphQLError(e, result), empty);
  if (ServerError.is(error) || error instanceof TypeError) return { ...empty, kind: 'network' };
  return { ...empty, messages: error instanceof Error ? [error.message] : [] };
}

/** The problems of one field and of every field inside it ("source" holds "source.new.title"). */
export function problemsUnder(fields: FieldProblems, prefix: string): Problem[] {
  return Object.entries(fields)
    .filter(([field]) => field === prefix || field.startsWith(`${prefix}.`))
    .flatMap(([, problems]) => problems);
}

/** All problems of several checks together (the form's fields and its source). */
export function mergeProblems(...lists: FieldProblems[]): FieldProblems {
  let out: FieldProblems = {};
  for (const list of lists)
    for (const [field, problems] of Object.entries(list)) for (const problem of problems) out = addProblem(out, field, problem);
  return out;
}
