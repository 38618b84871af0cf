import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { AtlasContext } from '../../common/context.js';
import { NotFoundError } from '../../common/errors.js';
import { DateValue, dateValue, loadOne } from '../../common/graphql-types.js';
import { NodeResolver } from '../../common/node.resolver.js';
import { Connection, decodeCursor, PageArgs, toConnection } from '../../common/pagination.js';
import { Source, type ICitation, type ISource } from './source.entity.js';
import { CitationType, SourceType } from './source.type.js';

const SourceConnection = Connection(SourceType, 'Source');

@Resolver(() => SourceType)
export class SourceResolver extends NodeResolver<ISource>(SourceType, 'Source', (s) => s.id) {
  @Query(() => SourceConnection, { description: 'Every source document, by key.' })
  async sources(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: AtlasContext) {
    const offset = decodeCursor(page.after);
    const [items, totalCount] = await ctx.em.findAndCount(Source, {}, { limit: page.first, offset, orderBy: { key: 'asc' } });
    return toConnection({ items, totalCount, offset });
  }

  @Query(() => SourceType, { description: 'One source by key, e.g. "seed-004".' })
  async source(@Arg('key', () => String) key: string, @Ctx() ctx: AtlasContext): Promise<ISource> {
    const s = await ctx.em.findOne(Source, { key });
    if (!s) throw new NotFoundError('source', `key "${key}"`);
    return s;
  }

  @FieldResolver(() => DateValue, { nullable: true, description: 'When it was published; approximate when inferred; null when undated.' })
  published(@Root() s: ISource): DateValue | null {
    return dateValue(s.publishedOn, s.publishedApproximate);
  }
}

@Resolver(() => CitationType)
export class CitationResolver {
  @FieldResolver(() => SourceType, { description: 'The document.' })
  source(@Root() c: ICitation) {
    return loadOne(c.source);
  }
}
