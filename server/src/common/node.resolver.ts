import { Ctx, FieldResolver, ID, Resolver, Root, type ClassType } from 'type-graphql';
import type { AtlasContext } from './context.js';
import { sourcesOf } from './context.js';
import { toGlobalId, type NodeType } from './ids.js';
import { CitationType } from '../modules/source/source.type.js';
import type { CitationSubject, ICitation } from '../modules/source/source.entity.js';

/** Base for every resolver of a Node type: the global `id` from the record's key. */
export function NodeResolver<E extends object>(type: ClassType, typename: NodeType, keyOf: (entity: E) => string | number) {
  @Resolver(() => type)
  abstract class BaseNodeResolver {
    @FieldResolver(() => ID, { description: 'Global, opaque, stable id.' })
    id(@Root() entity: E): string {
      return toGlobalId(typename, keyOf(entity));
    }
  }
  return BaseNodeResolver;
}

/** A Node whose record is stated by sources: adds `sources` (batched per request). */
export function SourcedNodeResolver<E extends object>(
  type: ClassType,
  typename: NodeType,
  subject: CitationSubject,
  keyOf: (entity: E) => string | number,
) {
  @Resolver(() => type)
  abstract class BaseSourcedResolver extends NodeResolver<E>(type, typename, keyOf) {
    @FieldResolver(() => [CitationType], { description: 'The sources that state this record, with quotes.' })
    sources(@Root() entity: E, @Ctx() ctx: AtlasContext): ICitation[] | Promise<ICitation[]> {
      return sourcesOf(ctx, subject, keyOf(entity), entity);
    }
  }
  return BaseSourcedResolver;
}
