import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { AtlasContext } from '../../common/context.js';
import { BadInputError } from '../../common/errors.js';
import { Node } from '../../common/graphql-types.js';
import { findNode, findNodes } from './node.queries.js';

@Resolver()
export class NodeQueryResolver {
  @Query(() => Node, { nullable: true, description: 'Any object by its global id; null when no such object exists.' })
  node(@Arg('id', () => ID) id: string, @Ctx() ctx: AtlasContext): Promise<object | null> {
    return findNode(ctx.em, id);
  }

  @Query(() => [Node], { nullable: 'items', description: 'Up to 100 objects by global id, in the order asked (null where none exists).' })
  async nodes(@Arg('ids', () => [ID]) ids: string[], @Ctx() ctx: AtlasContext): Promise<(object | null)[]> {
    if (ids.length > 100) throw new BadInputError('ids: at most 100 ids at a time', 'ids');
    return findNodes(ctx.em, ids);
  }
}
