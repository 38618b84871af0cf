import { Max, Min } from 'class-validator';
import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { BadInputError } from './errors.js';

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: 'How many items to return, 1–100.' })
  @Min(1, { message: 'first must be at least 1' })
  @Max(100, { message: 'first must be at most 100' })
  first: number = 20;

  @Field(() => String, { nullable: true, description: 'Return items after this cursor (endCursor of the previous page).' })
  after?: string | null;
}

@ObjectType({ description: 'Relay page information.' })
export class PageInfo {
  @Field(() => Boolean) hasNextPage!: boolean;
  @Field(() => Boolean) hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true }) startCursor!: string | null;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

export function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined): number {
  if (cursor === null || cursor === undefined) return 0;
  const raw = Buffer.from(cursor, 'base64url').toString('utf8');
  const m = /^o:(\d+)$/.exec(raw);
  if (!m) throw new BadInputError(`"${cursor}" is not a valid cursor`, 'after');
  return Number(m[1]) + 1;
}

export interface Page<T> {
  items: T[];
  totalCount: number;
  offset: number;
}

export interface ConnectionShape<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

export function toConnection<T>({ items, totalCount, offset }: Page<T>): ConnectionShape<T> {
  const edges = items.map((node, i) => ({ node, cursor: encodeCursor(offset + i) }));
  return {
    edges,
    nodes: items,
    totalCount,
    pageInfo: {
      hasNextPage: offset + items.length < totalCount,
      hasPreviousPage: offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** Builds the `XConnection` and `XEdge` object types for a node type. */
export function Connection<T extends object>(node: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { description: `An edge to a ${name}.` })
  class Edge {
    @Field(() => String, { description: 'Opaque cursor of this item.' }) cursor!: string;
    @Field(() => node, { description: `The ${name}.` }) node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} items.` })
  class ConnectionType {
    @Field(() => [Edge], { description: 'The items with their cursors.' }) edges!: Edge[];
    @Field(() => [node], { description: 'The items, without cursors.' }) nodes!: T[];
    @Field(() => PageInfo, { description: 'Where this page stands.' }) pageInfo!: PageInfo;
    @Field(() => Int, { description: 'How many items match in all.' }) totalCount!: number;
  }
  return ConnectionType;
}
