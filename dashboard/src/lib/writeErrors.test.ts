import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { problemsUnder, readWriteError } from './writeErrors';

function graphQLErrors(...errors: { message: string; extensions: Record<string, unknown> }[]) {
  return new CombinedGraphQLErrors({ data: null, errors });
}

describe('readWriteError', () => {
  it('puts each problem of argument validation (extensions.fields) on its field', () => {
    const error = graphQLErrors({
      message: 'Invalid argument — amount: must be an exact decimal | source.new.title: must be 1–500 characters',
      extensions: {
        code: 'BAD_USER_INPUT',
        fields: [
          { field: 'amount', problems: ['must be an exact decimal ≥ 0 with at most 2 decimals'] },
          { field: 'source.new.title', problems: ['must be 1–500 characters'] },
        ],
      },
    });
    const result = readWriteError(error);
    expect(result.kind).toBe('invalid');
    expect(result.fields.amount).toEqual([{ message: 'must be an exact decimal ≥ 0 with at most 2 decimals', server: true }]);
    expect(result.fields['source.new.title']?.[0]?.message).toBe('must be 1–500 characters');
    expect(result.messages).toEqual([]);
  });

  it('uses extensions.field when the API names one field', () => {
    const result = readWriteError(
      graphQLErrors({
        message: 'Invalid argument — yearTo: must not be before yearFrom',
        extensions: { code: 'BAD_USER_INPUT', field: 'yearTo' },
      }),
    );
    expect(result.fields).toEqual({ yearTo: [{ message: 'must not be before yearFrom', server: true }] });
  });

  it('names the field of a value the API could not read, from the variable path', () => {
    const result = readWriteError(
      graphQLErrors({
        message: 'Variable "$input" got invalid value "x" at "input.amount"; Expected type "Decimal".',
        extensions: { code: 'BAD_USER_INPUT' },
      }),
    );
    expect(Object.keys(result.fields)).toEqual(['amount']);
  });

  it('reads a stale version as a conflict with the current values, not as a field problem', () => {
    const result = readWriteError(
      graphQLErrors({
        message: 'The funding "x" was changed by someone else since you loaded it',
        extensions: { code: 'CONFLICT', field: 'version', currentVersion: 3, current: { amount: '2000000.00', version: 3 } },
      }),
    );
    expect(result.kind).toBe('conflict');
    expect(result.stale).toEqual({
      currentVersion: 3,
      current: { amount: '2000000.00', version: 3 },
      message: 'The funding "x" was changed by someone else since you loaded it',
    });
    expect(result.fields).toEqual({});
  });

  it('reads a version clash found only on save (no current values) as a conflict too', () => {
    const result = readWriteError(
      graphQLErrors({
        message: 'Someone else changed this record while you were saving.',
        extensions: { code: 'CONFLICT', field: 'version' },
      }),
    );
    expect(result.kind).toBe('conflict');
    expect(result.stale?.current).toBeNull();
  });

  it('puts another conflict (a duplicate) on the field it names', () => {
    const result = readWriteError(
      graphQLErrors({
        message: 'The organisation is already a MEMBER of this partnership',
        extensions: { code: 'CONFLICT', field: 'role' },
      }),
    );
    expect(result.kind).toBe('invalid');
    expect(result.fields.role?.[0]?.message).toBe('The organisation is already a MEMBER of this partnership');
  });

  it('keeps a problem without a field for the form as a whole', () => {
    const result = readWriteError(
      graphQLErrors({ message: 'Your role (VIEWER) may not change fundings', extensions: { code: 'FORBIDDEN' } }),
    );
    expect(result.kind).toBe('forbidden');
    expect(result.messages).toEqual(['Your role (VIEWER) may not change fundings']);
  });

  it('tells a failed connection apart', () => {
    expect(readWriteError(new TypeError('Failed to fetch')).kind).toBe('network');
    expect(readWriteError(new ServerError('bad gateway', { response: new Response('', { status: 502 }), bodyText: '' })).kind).toBe(
      'network',
    );
  });

  it('reads the errors of an HTTP answer (the import routes) the same way', () => {
    const result = readWriteError([{ message: 'No source has the key "x"', extensions: { code: 'BAD_USER_INPUT', field: 'source' } }]);
    expect(result.fields.source?.[0]?.message).toBe('No source has the key "x"');
  });
});

describe('problemsUnder', () => {
  it('collects the problems of a field and of the fields inside it', () => {
    const fields = {
      source: [{ message: 'a', server: true }],
      'source.new.title': [{ message: 'b', server: true }],
      sourceless: [{ message: 'c', server: true }],
    };
    expect(problemsUnder(fields, 'source').map((p) => p.message)).toEqual(['a', 'b']);
  });
});
