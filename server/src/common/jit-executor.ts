import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import { execute, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { documentMemo } from './document-memo.js';

type Gateway = ApolloServerOptionsWithGateway<object>['gateway'];
type Executor = NonNullable<Awaited<ReturnType<Gateway['load']>>['executor']>;

/**
 * An operation of a document compiled once (remembered per parsed document, which Apollo keeps per
 * query text); null when graphql-jit cannot compile it (the operation then runs through graphql-js).
 */
export function queryCompiler(schema: GraphQLSchema): (document: DocumentNode, operationName: string | null) => CompiledQuery | null {
  const compiled = documentMemo<CompiledQuery | null>(16);
  return (document, operationName) =>
    compiled(document, operationName ?? '', () => {
      const result = compileQuery(schema, document, operationName ?? undefined);
      return isCompiledQuery(result) ? result : null;
    });
}

/**
 * Queries run as JavaScript compiled once per parsed document (graphql-jit) instead of being
 * interpreted by graphql-js on every request: graphql-js builds a resolve-info object, looks up
 * arguments and completes every field of every object anew, which on a list page is most of the
 * server's CPU (see the benchmark's "graphql-js execution alone").
 *
 * Plugged in through Apollo Server's executor interface (`gateway`): Apollo still parses, validates
 * (with the depth, alias and token limits), costs and formats as before; only execution changes.
 * Mutations, and any query whose answer has errors, run through graphql-js: writes keep graphql-js's
 * serial execution, and error messages, paths and codes stay exactly those of graphql-js (a failed
 * query is read again, which only costs the rare failing request a second read).
 */
export function jitGateway(schema: GraphQLSchema, sdl: string): Gateway {
  const compiledFor = queryCompiler(schema);

  const executor: Executor = async (ctx) => {
    const variableValues = ctx.request.variables ?? {};
    const viaGraphqlJs = () =>
      execute({ schema, document: ctx.document, contextValue: ctx.context, variableValues, operationName: ctx.operationName });
    const query = ctx.operation.operation === 'query' ? compiledFor(ctx.document, ctx.operationName) : null;
    if (!query) return (await viaGraphqlJs()) as ExecutionResult;
    const result = await query.query(undefined, ctx.context, variableValues);
    if (result.errors?.length) return (await viaGraphqlJs()) as ExecutionResult;
    return result;
  };

  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: sdl });
      return () => undefined;
    },
    load: () => Promise.resolve({ executor }),
    stop: () => Promise.resolve(),
  };
}
