import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { AtlasContext } from '../../common/context.js';
import { BadInputError, NotFoundError } from '../../common/errors.js';
import { fromGlobalId, type NodeType } from '../../common/ids.js';
import { explainEdge } from './network.explain.js';
import { ConnectionPathArgs, NetworkArgs } from './network.inputs.js';
import { networkAround, refOf, shortestPaths } from './network.queries.js';
import { ConnectionPathType, NetworkType, NODE_TYPE_OF_KIND } from './network.type.js';

const NETWORK_TYPES = new Set<NodeType>(Object.values(NODE_TYPE_OF_KIND));

const MAX_INT4 = 2147483647;

/**
 * The graph name ("Type:key") of a global id that names a network node: BAD_USER_INPUT for an id of
 * another type, NOT_FOUND for a key no record can have.
 */
function graphRef(id: string, field: string): string {
  const { type, key } = fromGlobalId(id, field);
  if (!NETWORK_TYPES.has(type)) {
    throw new BadInputError(
      `${field}: "${id}" is a ${type}; the network holds organisations, partnerships, projects, regions and events`,
      field,
    );
  }
  const numeric = type !== 'Region';
  if (numeric ? !/^\d{1,10}$/.test(key) || Number(key) > MAX_INT4 : !/^[A-Z0-9]{2,8}$/.test(key)) {
    throw new NotFoundError('network node', `id "${id}"`);
  }
  return refOf(type, key);
}

@Resolver()
export class NetworkQueryResolver {
  @Query(() => NetworkType, {
    description:
      'The network around a node: organisations, partnerships, projects, regions and events within `depth` steps (1–3), and the typed edges between them (membership, participation, funding, ownership, location, visits). Walked in SQL with a recursive query; at most `limit` nodes (1–500), nearest first.',
  })
  async network(@Args(() => NetworkArgs) args: NetworkArgs, @Ctx() ctx: AtlasContext): Promise<NetworkType> {
    const center = graphRef(args.around, 'around');
    const found = await networkAround(ctx.reader, {
      center,
      depth: args.depth,
      limit: args.limit,
      nodeKinds: args.nodeKinds ?? null,
      edgeKinds: args.edgeKinds ?? null,
    });
    if (!found) throw new NotFoundError('network node', `id "${args.around}"`);
    return {
      center: found.nodes[0]!,
      depth: args.depth,
      nodes: found.nodes,
      edges: found.edges,
      totalNodeCount: found.total,
      truncated: found.total > found.nodes.length,
    };
  }

  @Query(() => [ConnectionPathType], {
    description:
      "The shortest paths (all of them, at most 10) between two nodes over the network's edges followed in either direction, each step explained in Swedish and English. Empty when the nodes are not connected within `maxLength` steps (1–6); NOT_FOUND when an id names nothing.",
  })
  async connectionPath(@Args(() => ConnectionPathArgs) args: ConnectionPathArgs, @Ctx() ctx: AtlasContext): Promise<ConnectionPathType[]> {
    const from = graphRef(args.from, 'from');
    const to = graphRef(args.to, 'to');
    const result = await shortestPaths(ctx.reader, from, to, args.maxLength);
    if (!result.hasFrom) throw new NotFoundError('network node', `id "${args.from}"`);
    if (!result.hasTo) throw new NotFoundError('network node', `id "${args.to}"`);
    return result.paths.map((path) => ({
      length: path.edges.length,
      nodes: path.nodes,
      hops: path.edges.map((edge, i) => {
        const here = path.nodes[i]!;
        const next = path.nodes[i + 1]!;
        const reversed = edge.fromRef !== here.ref;
        const [subject, object] = reversed ? [next, here] : [here, next];
        return { from: here, to: next, edge, reversed, explanation: explainEdge(edge, subject, object) };
      }),
    }));
  }
}
