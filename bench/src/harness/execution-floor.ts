import { readFileSync } from 'node:fs';
import { buildSchema, execute, parse, validate, type GraphQLSchema } from 'graphql';

/**
 * What executing an operation costs any graphql-js server before it touches a database or a socket:
 * graphql-js `execute` of the document over ASF Atlas's own finished answer (schema from the committed
 * SDL, every field read by the default resolver), then `JSON.stringify` of the result. Measured in the
 * harness process, one core, after a warm-up; reported as the median of several batches.
 *
 * This is a floor, not a baseline server: it bounds from above the req/s any server built on
 * graphql-js (ASF Atlas, PostGraphile) can reach on one core for that answer, whatever its data layer.
 */
export interface ExecutionFloor {
  /** Median ms per execute + stringify. */
  ms: number;
  /** Median ms of JSON.stringify of the answer alone (what B1 and B2 pay for serialisation at most). */
  stringifyMs: number;
}

let schema: GraphQLSchema | undefined;

export function executionFloor(
  sdlFile: string,
  request: { query: string; operationName?: string; variables?: Record<string, unknown> },
  data: unknown,
  budgetMs = 600,
): ExecutionFloor {
  schema ??= buildSchema(readFileSync(sdlFile, 'utf8'));
  const document = parse(request.query);
  const errors = validate(schema, document);
  if (errors.length) throw new Error(`the operation does not validate against the SDL: ${errors[0]!.message}`);
  const run = () =>
    JSON.stringify(
      execute({
        schema: schema!,
        document,
        rootValue: data,
        variableValues: request.variables ?? {},
        operationName: request.operationName ?? null,
      }),
    );
  // The result must be the answer itself, or the measurement is of something else.
  const first = JSON.parse(run()) as { data?: unknown; errors?: unknown[] };
  if (first.errors || JSON.stringify(first.data) !== JSON.stringify(data)) {
    throw new Error('executing over the answer does not give the answer back');
  }
  const median = (fn: () => unknown): number => {
    const until = performance.now() + budgetMs / 3;
    while (performance.now() < until) fn(); // warm-up
    const per: number[] = [];
    for (let batch = 0; batch < 7; batch++) {
      let n = 0;
      const start = performance.now();
      const stop = start + budgetMs / 10;
      while (performance.now() < stop || n === 0) {
        fn();
        n++;
      }
      per.push((performance.now() - start) / n);
    }
    per.sort((a, b) => a - b);
    return Math.round(per[3]! * 1000) / 1000;
  };
  return { ms: median(run), stringifyMs: median(() => JSON.stringify({ data })) };
}
