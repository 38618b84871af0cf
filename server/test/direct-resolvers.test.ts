import 'reflect-metadata';
import { Min } from 'class-validator';
import { graphql, GraphQLObjectType } from 'graphql';
import { Args, ArgsType, buildSchema, Ctx, Field, FieldResolver, Info, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { describe, expect, it } from 'vitest';
import { callFieldResolversDirectly, ResolverInstances } from '../src/common/direct-resolvers.js';
import { validateArgument } from '../src/common/validation.js';

// A schema of its own (each test file has its own type-graphql metadata): which field resolvers are
// called directly, that they answer as type-graphql's handler does, and that the rest stay with it.

@ObjectType()
class Thing {
  @Field(() => String) name!: string;
  x!: number;
}

@ArgsType()
class TimesArgs {
  @Field(() => Int)
  @Min(1, { message: 'n must be at least 1' })
  n!: number;
}

const seen: object[] = [];

@Resolver(() => Thing)
class ThingResolver {
  @Query(() => Thing)
  thing(): Thing {
    return { name: 'Hällefors', x: 7 };
  }

  @FieldResolver(() => String)
  upper(@Root() t: Thing): string {
    seen.push(this);
    return t.name.toUpperCase();
  }

  @FieldResolver(() => String)
  described(@Info() info: { fieldName: string }, @Root() t: Thing, @Ctx() ctx: { lang: string }): string {
    return `${info.fieldName} ${t.name} ${ctx.lang}`;
  }

  @FieldResolver(() => Int)
  times(@Root() t: Thing, @Args(() => TimesArgs) { n }: TimesArgs): number {
    seen.push(this);
    return t.x * n;
  }

  @FieldResolver(() => Int)
  x(@Root('x') x: number): number {
    return x;
  }
}

async function schemas() {
  const build = (instances: ResolverInstances) =>
    buildSchema({ resolvers: [ThingResolver], validateFn: validateArgument, container: instances, emitSchemaFile: false });
  const handlerInstances = new ResolverInstances();
  const viaHandler = await build(handlerInstances);
  const instances = new ResolverInstances();
  const direct = await build(instances);
  const replaced = callFieldResolversDirectly(direct, [ThingResolver], instances);
  return { viaHandler, direct, replaced, instances };
}

const QUERY = '{ thing { name upper described times(n: 3) x } }';

describe('field resolvers called directly', () => {
  it('replaces only those taking the parent, the context or the info, and answers as the handler does', async () => {
    const { viaHandler, direct, replaced } = await schemas();
    expect(replaced).toBe(2);
    const before = (viaHandler.getType('Thing') as GraphQLObjectType).getFields();
    const after = (direct.getType('Thing') as GraphQLObjectType).getFields();
    expect(after.upper!.resolve).not.toBe(before.upper!.resolve);
    expect(after.described!.resolve).not.toBe(before.described!.resolve);
    const run = (schema: typeof direct) => graphql({ schema, source: QUERY, contextValue: { lang: 'sv' } });
    const expected = { thing: { name: 'Hällefors', upper: 'HÄLLEFORS', described: 'described Hällefors sv', times: 21, x: 7 } };
    expect((await run(viaHandler)).data).toEqual(expected);
    expect((await run(direct)).data).toEqual(expected);
  });

  it('leaves argument validation to type-graphql, on the same resolver instance', async () => {
    const { direct, instances } = await schemas();
    const r = await graphql({ schema: direct, source: '{ thing { times(n: 0) } }', contextValue: {} });
    expect(r.errors?.[0]?.message).toBe('Argument Validation Error');
    expect(JSON.stringify(r.errors?.[0]?.extensions)).toContain('n must be at least 1');
    seen.length = 0;
    await graphql({ schema: direct, source: '{ thing { upper times(n: 2) } }', contextValue: {} });
    expect(seen).toHaveLength(2);
    expect(seen[0]).toBe(seen[1]);
    expect(seen[0]).toBe(instances.get(ThingResolver));
  });
});
