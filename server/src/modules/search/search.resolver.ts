import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, Info, Query, Resolver } from 'type-graphql';
import type { AtlasContext } from '../../common/context.js';
import { BadInputError } from '../../common/errors.js';
import { selectedFields } from '../../common/lookahead.js';
import { searchKey } from '../../common/text.js';
import { SearchArgs } from './search.inputs.js';
import { hitReferences, loadHitNodes, searchRecords } from './search.queries.js';
import { SearchResultsType } from './search.type.js';

@Resolver()
export class SearchQueryResolver {
  @Query(() => SearchResultsType, {
    description:
      'Organisations, projects, partnerships, regions and municipalities whose name contains the text, ignoring case and diacritics ("orebro" finds Örebro). Ranked: exact name, then name starting with the text, then a word starting with it, then containing it; ties by kind, then name.',
  })
  async search(
    @Args(() => SearchArgs) args: SearchArgs,
    @Ctx() ctx: AtlasContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<SearchResultsType> {
    const key = searchKey(args.text);
    if (!key) throw new BadInputError('text must contain something other than spaces', 'text');
    const { hits, total } = await searchRecords(ctx.reader, key, args.first);
    // A result list that asks only which record each hit is (its type and id) needs no record loaded.
    const asked = [...selectedFields(info, ['items', 'node']).keys()];
    const keysOnly = asked.every((field) => field === 'id' || field === '__typename');
    const nodes = keysOnly ? hitReferences(hits) : await loadHitNodes(ctx.em, hits);
    return { totalCount: total, items: hits.map((hit, i) => ({ ...hit, node: nodes[i]! })) };
  }
}
