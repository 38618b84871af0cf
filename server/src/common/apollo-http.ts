import { HeaderMap, type ApolloServer, type BaseContext, type ContextFunction } from '@apollo/server';
import type { Request, Response } from 'express';

/**
 * Apollo Server as an Express handler, through Apollo's integration interface
 * (`executeHTTPGraphQLRequest`): what @as-integrations/express5 does, without its `url.parse` of every
 * request URL (deprecated, and on Node 24 a check of the caller's stack on each call: 6 % of the CPU
 * of a trivial query, measured). The query string is what follows the first `?`.
 */
export function apolloHandler<C extends BaseContext>(
  server: ApolloServer<C>,
  context: ContextFunction<[{ req: Request; res: Response }], C>,
) {
  server.assertStarted('apolloHandler()');
  return async (req: Request, res: Response): Promise<void> => {
    const headers = new HeaderMap();
    for (const key in req.headers) {
      const value = req.headers[key];
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const q = req.url.indexOf('?');
    const response = await server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: req.method.toUpperCase(),
        headers,
        search: q === -1 ? '' : req.url.slice(q),
        body: req.body as unknown,
      },
      context: () => context({ req, res }),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };
}
