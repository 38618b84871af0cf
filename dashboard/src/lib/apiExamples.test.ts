// @vitest-environment node
import { readFileSync } from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { API_EXAMPLES, fillVariables } from './apiExamples';

const schema = buildSchema(readFileSync(new URL('../../../schema/schema.graphql', import.meta.url), 'utf8'));

describe('API examples', () => {
  it.each(API_EXAMPLES.map((example) => [example.key, example.query]))('%s is a valid operation of the API', (_key, query) => {
    expect(validate(schema, parse(query)).map((error) => error.message)).toEqual([]);
  });

  it('fills in the ids it found and leaves the others', () => {
    expect(fillVariables('{ "from": "$a", "to": "$b" }', { $a: 'T3Jn' })).toBe('{ "from": "T3Jn", "to": "$b" }');
  });
});
