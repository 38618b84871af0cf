import { IsOptional, Matches, MaxLength, ValidateNested, validate } from 'class-validator';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { describe, expect, it } from 'vitest';
import { formatError, NotFoundError } from '../src/common/errors.js';

/** What a client sees for an error thrown in a resolver, and what gets logged. */
function asClientSees(error: unknown): { shown: GraphQLFormattedError; logged: unknown[] } {
  const graphqlError = error instanceof GraphQLError ? error : new GraphQLError('boom', { originalError: error as Error, path: ['x'] });
  const formatted: GraphQLFormattedError = {
    message: graphqlError.message,
    path: ['x'],
    extensions: { code: 'INTERNAL_SERVER_ERROR', ...graphqlError.extensions, stacktrace: ['at secret (/srv/app.ts:1:1)'] },
  };
  const logged: unknown[] = [];
  return { shown: formatError(formatted, graphqlError, (e) => logged.push(e)), logged };
}

class Filter {
  @IsOptional()
  @MaxLength(200, { message: 'text must be at most 200 characters' })
  text?: string;

  @IsOptional()
  @Matches(/^\d{4}$/, { message: 'municipalityCode must be a four-digit kommunkod' })
  municipalityCode?: string;
}
class Args {
  @MaxLength(3, { message: 'after is too long' })
  after = 'abcd';

  @ValidateNested()
  filter = Object.assign(new Filter(), { text: 'x'.repeat(201), municipalityCode: 'Hällefors' });
}

describe('formatError', () => {
  it('names the path of each nested input field that fails a rule', async () => {
    const { shown } = asClientSees(new ArgumentValidationError(await validate(new Args())));
    expect(shown.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'after', problems: ['after is too long'] },
        { field: 'filter.text', problems: ['text must be at most 200 characters'] },
        { field: 'filter.municipalityCode', problems: ['municipalityCode must be a four-digit kommunkod'] },
      ],
    });
    expect(shown.message).toBe(
      'Invalid argument — after: after is too long | filter.text: text must be at most 200 characters | filter.municipalityCode: municipalityCode must be a four-digit kommunkod',
    );
  });

  it('keeps a known error with its code and message, without a stack trace', () => {
    const { shown, logged } = asClientSees(new NotFoundError('project', 'slug "x"'));
    expect(shown).toEqual({ message: 'No project with slug "x"', path: ['x'], extensions: { code: 'NOT_FOUND' } });
    expect(logged).toEqual([]);
  });

  it('passes the cost limit through with its figures', () => {
    const { shown } = asClientSees(
      new GraphQLError('Query cost 20701 exceeds the limit of 20000', {
        extensions: { code: 'QUERY_TOO_COSTLY', cost: 20701, limit: 20000 },
      }),
    );
    expect(shown.extensions).toEqual({ code: 'QUERY_TOO_COSTLY', cost: 20701, limit: 20000 });
    expect(shown.message).toBe('Query cost 20701 exceeds the limit of 20000');
  });

  it('hides an unexpected error behind INTERNAL_SERVER_ERROR and logs it', () => {
    const secret = new Error('insert into "organisation" ("name") values ($1) - relation does not exist');
    const { shown, logged } = asClientSees(secret);
    expect(shown).toEqual({ message: 'Internal server error', path: ['x'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(logged).toEqual([secret]);
  });

  it('turns a statement timeout into TIMEOUT without the SQL', () => {
    const { shown } = asClientSees(new Error('select "o0".* from "organisation" as "o0" - canceling statement due to statement timeout'));
    expect(shown).toEqual({ message: 'The query took too long and was stopped', path: ['x'], extensions: { code: 'TIMEOUT' } });
  });
});
