import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import { createRequire } from 'node:module';
import type { ComplexityEstimator } from 'graphql-query-complexity';
import { documentMemo } from './document-memo.js';

// graphql 16 has no "exports" map, so `import 'graphql'` loads its CommonJS build everywhere else in this
// process; graphql-query-complexity's ESM build reaches into graphql's .mjs files instead (a second
// graphql "realm"). Load its CommonJS build so both share one graphql.
const { getComplexity, simpleEstimator, fieldExtensionsEstimator } = createRequire(import.meta.url)(
  'graphql-query-complexity',
) as typeof import('graphql-query-complexity');

export const LIMITS = {
  maxDepth: 12,
  maxAliases: 20,
  maxTokens: 3000,
  maxDirectives: 20,
  /** Cost budget: every field costs 1; a connection multiplies its children by `first` (default 20). */
  maxCost: 20000,
  bodyLimit: '100kb',
} as const;

/**
 * Token limit, enforced by graphql-js's own parser (Apollo's `parseOptions`): a document over the limit
 * is a 400 GRAPHQL_PARSE_FAILED like any syntax error. (graphql-armor's Apollo token plugin re-parses
 * in `parsingDidStart`, where any throw — even an ordinary syntax error — becomes a 500.)
 */
export const parseOptions = { maxTokens: LIMITS.maxTokens } as const;

/** graphql-armor: depth, aliases, directives; field suggestions off (no schema leaks in errors). */
export function armorProtection() {
  const armor = new ApolloArmor({
    maxDepth: { n: LIMITS.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: LIMITS.maxAliases },
    maxTokens: { enabled: false },
    maxDirectives: { n: LIMITS.maxDirectives },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: true },
  });
  return armor.protect();
}

/**
 * A list without `first` (regions, municipalities, ...) costs its children times the most items it
 * can return; set on the field with `complexity: listOf(n)`.
 */
export function listOf(maxItems: number) {
  return ({ childComplexity }: { childComplexity: number }) => 1 + childComplexity * maxItems;
}

/** Connections and capped lists cost their children times the page size asked for. */
const pageSizeEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  const first = typeof args.first === 'number' ? args.first : typeof args.limit === 'number' ? args.limit : undefined;
  if (first === undefined) return undefined;
  return 1 + childComplexity * Math.max(1, first);
};

const COST_MEMO_PER_DOCUMENT = 64;
/** A string variable's text never changes the cost; its type (a string where a number is expected) may. */
const ignoreStringText = (_key: string, value: unknown) => (typeof value === 'string' ? '' : value);

/**
 * Cost limit that knows Relay connections (graphql-armor's cost limit counts fields but not `first`).
 * Uses graphql-query-complexity, which type-graphql itself builds on.
 */
export function costLimitPlugin<C extends object>(schema: GraphQLSchema): ApolloServerPlugin<C> {
  // The cost depends on the document, the operation and the numbers and Booleans among the variables
  // (page sizes, @include), never on the text of a string: it is worked out once per such key.
  const costOf = documentMemo<number>(COST_MEMO_PER_DOCUMENT);
  const estimators = [pageSizeEstimator, fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })];
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const key = `${request.operationName ?? ''}:${JSON.stringify(request.variables ?? {}, ignoreStringText)}`;
          let cost: number;
          try {
            cost = costOf(document, key, () =>
              getComplexity({
                schema,
                query: document,
                operationName: request.operationName ?? undefined,
                variables: request.variables ?? {},
                estimators,
              }),
            );
          } catch (err) {
            // getComplexity coerces the variables first and throws graphql-js's coercion error (no code):
            // thrown from this hook it would be a 500. It is the client's input: say so, as execution would.
            if (err instanceof GraphQLError)
              throw new GraphQLError(err.message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
            throw err;
          }
          if (cost > LIMITS.maxCost) {
            throw new GraphQLError(
              `Query cost ${cost} exceeds the limit of ${LIMITS.maxCost}; ask for fewer items (first) or fewer fields`,
              {
                extensions: { code: 'QUERY_TOO_COSTLY', cost, limit: LIMITS.maxCost, http: { status: 400 } },
              },
            );
          }
        },
      };
    },
  };
}
