import { GraphQLObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { atlasSchema } from '../src/schema.js';

describe('field resolvers', () => {
  it('plain fields read their property through graphql-js (no per-field wrapper); computed fields keep their resolver', async () => {
    const schema = await atlasSchema();
    const funding = schema.getType('Funding') as GraphQLObjectType;
    const fields = funding.getFields();
    // A plain @Field: no resolver of its own.
    expect(fields.comparison?.resolve).toBeUndefined();
    expect(fields.approximate?.resolve).toBeUndefined();
    // @FieldResolver methods are still there.
    expect(fields.id?.resolve).toBeTypeOf('function');
    expect(fields.funder?.resolve).toBeTypeOf('function');
    // Query fields are always resolvers.
    expect(schema.getQueryType()?.getFields().projects?.resolve).toBeTypeOf('function');
  });
});
