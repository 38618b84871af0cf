import 'reflect-metadata';
import { isAbstractType, lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema, getMetadataStorage } from 'type-graphql';
import { ActionPlanResolver, EventParticipantResolver, EventResolver, PersonResolver } from './modules/activity/activity.resolver.js';
import { FundingResolver, ProgrammeBudgetResolver, ProgrammeResolver } from './modules/funding/funding.resolver.js';
import { NodeQueryResolver } from './modules/node/node.resolver.js';
import { OrganisationResolver } from './modules/organisation/organisation.resolver.js';
import { OutcomeResolver } from './modules/outcome/outcome.resolver.js';
import { MembershipResolver, PartnershipResolver, PartnershipSizeResolver } from './modules/partnership/partnership.resolver.js';
import { ProjectParticipantResolver, ProjectPhaseResolver, ProjectResolver } from './modules/project/project.resolver.js';
import { MunicipalityResolver, PopulationResolver, RegionResolver } from './modules/region/region.resolver.js';
import { CitationResolver, SourceResolver } from './modules/source/source.resolver.js';
import { extraResolvers } from './modules/extra-resolvers.js';
import { recordTypeName } from './common/graphql-types.js';
import { validateArgument } from './common/validation.js';
import { callFieldResolversDirectly, ResolverInstances } from './common/direct-resolvers.js';

export const resolvers = [
  NodeQueryResolver,
  RegionResolver,
  MunicipalityResolver,
  PopulationResolver,
  OrganisationResolver,
  PartnershipResolver,
  MembershipResolver,
  PartnershipSizeResolver,
  ProjectResolver,
  ProjectParticipantResolver,
  ProjectPhaseResolver,
  FundingResolver,
  ProgrammeResolver,
  ProgrammeBudgetResolver,
  OutcomeResolver,
  EventResolver,
  EventParticipantResolver,
  ActionPlanResolver,
  PersonResolver,
  SourceResolver,
  CitationResolver,
  ...extraResolvers,
] as const;

let cached: Promise<GraphQLSchema> | undefined;

/** The executable schema (built once per process). */
export function atlasSchema(): Promise<GraphQLSchema> {
  // type-graphql gives every plain @Field a resolver of its own that runs the middleware stack, then
  // reads the property. There are no middlewares or auth checker here, so graphql-js's default resolver
  // does the same with less work (`simpleResolvers`, type-graphql's switch for this); @FieldResolver
  // methods are unaffected. A projects page resolves ~11 000 such fields.
  if (!cached) {
    for (const objectType of getMetadataStorage().objectTypes) objectType.simpleResolvers ??= true;
    const instances = new ResolverInstances();
    cached = buildSchema({
      resolvers: [...resolvers] as unknown as [Function, ...Function[]],
      validateFn: validateArgument,
      container: instances,
      emitSchemaFile: false,
    }).then((schema) => {
      callFieldResolversDirectly(schema, resolvers, instances);
      // type-graphql wraps resolveType in an async function; compiled queries (jit-executor.ts) need
      // the type at once, which the function it wraps gives.
      for (const name of ['Node', 'SearchNode']) {
        const type = schema.getType(name);
        if (!isAbstractType(type)) throw new Error(`${name} is not an abstract type`);
        type.resolveType = recordTypeName;
      }
      return schema;
    });
  }
  return cached;
}

/** The SDL as committed in schema/schema.graphql. */
export async function atlasSdl(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await atlasSchema()))}\n`;
}
