import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';

export type ErrorCode = 'NOT_FOUND' | 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'CONFLICT' | 'TIMEOUT' | 'TOO_MANY_REQUESTS';

/** Errors the API means to show: each carries a code and a message fit for a user. */
export class AtlasError extends GraphQLError {
  constructor(message: string, code: ErrorCode, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

export class NotFoundError extends AtlasError {
  constructor(what: string, key: string) {
    super(`No ${what} with ${key}`, 'NOT_FOUND');
  }
}

export class BadInputError extends AtlasError {
  constructor(message: string, field: string) {
    super(message, 'BAD_USER_INPUT', { field });
  }
}

/** Codes that graphql-js, Apollo Server and graphql-armor already set and that are safe to show. */
const PASS_THROUGH = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'QUERY_TOO_COSTLY', // the cost limit (common/limits.ts): its message says what to ask for instead
]);

type FieldProblem = { property: string; constraints?: Record<string, string> | undefined; children?: FieldProblem[] | undefined };

/** Each failed rule with the path of its field: nested input fields read "filter.text". */
function validationDetails(err: ArgumentValidationError) {
  const details: { field: string; problems: string[] }[] = [];
  const walk = (problems: FieldProblem[], prefix: string) => {
    for (const v of problems) {
      const field = prefix ? `${prefix}.${v.property}` : v.property;
      const own = Object.values(v.constraints ?? {});
      if (own.length) details.push({ field, problems: own });
      walk(v.children ?? [], field);
    }
  };
  walk(err.extensions.validationErrors, '');
  return details;
}

/**
 * The one place where errors become what a client sees: known errors keep their code and message,
 * argument validation becomes BAD_USER_INPUT naming each field, everything else is an opaque
 * INTERNAL_SERVER_ERROR (logged, never shown with its stack or SQL).
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown, log: (err: unknown) => void): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  if (original instanceof ArgumentValidationError) {
    const details = validationDetails(original);
    const message = details.map((d) => `${d.field}: ${d.problems.join('; ')}`).join(' | ');
    return { ...formatted, message: `Invalid argument — ${message}`, extensions: { code: 'BAD_USER_INPUT', fields: details } };
  }
  if (original instanceof AtlasError) {
    return { message: original.message, locations: formatted.locations, path: formatted.path, extensions: { ...original.extensions } };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && (PASS_THROUGH.has(code) || code.startsWith('GRAPHQL_'))) {
    const { stacktrace: _drop, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  if (error instanceof GraphQLError && !error.originalError && !code) {
    // A graphql-js validation/execution message (no thrown exception behind it): safe to show.
    return {
      message: formatted.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    };
  }
  if (/statement timeout|canceling statement/i.test(String((original as Error | undefined)?.message))) {
    return { message: 'The query took too long and was stopped', path: formatted.path, extensions: { code: 'TIMEOUT' } };
  }
  log(original);
  return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
