import { HeaderMap, type ApolloServer, type BaseContext, type HTTPGraphQLRequest } from '@apollo/server';
import type { Express, Request, Response } from 'express';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import getRawBody from 'raw-body';
import type { HttpExchange } from './context.js';
import { LIMITS } from './limits.js';

/**
 * The HTTP side of a GraphQL request, handed to Apollo through its integration interface
 * (`executeHTTPGraphQLRequest`): the headers, the method, the query string (what follows the first
 * `?`; @as-integrations/express5 used the deprecated `url.parse`, 6 % of a trivial query's CPU on
 * Node 24) and the parsed body. Writes Apollo's answer.
 */
export async function answerGraphQL<C extends BaseContext>(
  apollo: ApolloServer<C>,
  req: IncomingMessage,
  res: ServerResponse,
  body: unknown,
  context: () => Promise<C>,
): Promise<void> {
  const headers = new HeaderMap();
  for (const key in req.headers) {
    const value = req.headers[key];
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const url = req.url ?? '';
  const q = url.indexOf('?');
  const httpGraphQLRequest: HTTPGraphQLRequest = {
    method: (req.method ?? 'GET').toUpperCase(),
    headers,
    search: q === -1 ? '' : url.slice(q),
    body,
  };
  const response = await apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest, context });
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

/** Apollo as an Express handler (after `express.json`): the route every GraphQL request the fast path leaves takes. */
export function apolloHandler<C extends BaseContext>(apollo: ApolloServer<C>, context: (req: Request, res: Response) => Promise<C>) {
  apollo.assertStarted('apolloHandler()');
  return (req: Request, res: Response) => answerGraphQL(apollo, req, res, req.body as unknown, () => context(req, res));
}

/** A request that failed outside GraphQL, as Express and raw-body describe it (`type`, `status`). */
export interface RequestFailure {
  status?: number;
  type?: string;
  message: string;
}

/**
 * Answers a request that failed outside GraphQL (a body too large, malformed JSON, an unexpected
 * error) with a JSON error: a clear message, never a stack trace. Both routes answer through it.
 */
export function sendFailure(res: ServerResponse, err: RequestFailure): void {
  const status = err.status ?? 500;
  const message =
    err.type === 'entity.too.large'
      ? `Request body too large: the limit is ${LIMITS.bodyLimit}`
      : err.type === 'entity.parse.failed'
        ? 'Request body is not valid JSON'
        : status >= 500
          ? 'Internal server error'
          : err.message;
  const code = err.type === 'entity.too.large' ? 'PAYLOAD_TOO_LARGE' : status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST';
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

/** Answers 503 TIMEOUT when the response has not started within `ms` (both routes). */
export function stopAfter(res: ServerResponse, ms: number): void {
  const timer = setTimeout(() => {
    if (res.headersSent) return;
    res.statusCode = 503;
    res.setHeader('content-type', 'application/json; charset=utf-8');
    res.end(
      JSON.stringify({ errors: [{ message: `The request took longer than ${ms} ms and was stopped`, extensions: { code: 'TIMEOUT' } }] }),
    );
  }, ms);
  const clear = () => clearTimeout(timer);
  res.on('finish', clear);
  res.on('close', clear);
}

/**
 * The HTTP exchange of a fast-path request. Express's request helpers are lent only when a resolver
 * asks for the client address, https or a cookie (signing in and out): the request and response then
 * get Express's own prototypes (documented as app.request and app.response), as its router would
 * have given them, and the Express route's exchange does the rest.
 */
class LentExchange implements HttpExchange {
  readonly headers: HttpExchange['headers'];
  private lent: HttpExchange | undefined;
  constructor(
    private readonly app: Express,
    private readonly req: IncomingMessage,
    private readonly res: ServerResponse,
    private readonly viaExpress: (req: Request, res: Response) => HttpExchange,
  ) {
    this.headers = { authorization: req.headers.authorization, cookie: req.headers.cookie, 'user-agent': req.headers['user-agent'] };
  }

  private express(): HttpExchange {
    if (!this.lent) {
      const { app, req, res } = this;
      Object.setPrototypeOf(req, app.request);
      Object.setPrototypeOf(res, app.response);
      Object.assign(req, { res });
      Object.assign(res, { req });
      this.lent = this.viaExpress(req as Request, res as Response);
    }
    return this.lent;
  }

  get ip(): string {
    return this.express().ip;
  }

  get secure(): boolean {
    return this.express().secure;
  }

  setCookie(...args: Parameters<HttpExchange['setCookie']>): void {
    this.express().setCookie(...args);
  }

  clearCookie(...args: Parameters<HttpExchange['clearCookie']>): void {
    this.express().clearCookie(...args);
  }
}

export interface GraphQLRouteOptions<C extends BaseContext> {
  apollo: ApolloServer<C>;
  /** The Express app: requests the fast path does not take are its, and it lends its request helpers (ip, secure, cookies). */
  app: Express;
  log: Logger;
  requestTimeoutMs: number;
  /** The exchange the Express route gives a request (the fast path lends it Express's helpers first). */
  exchange: (req: Request, res: Response) => HttpExchange;
  context: (log: Logger, requestId: string, http: HttpExchange) => Promise<C>;
}

/**
 * `POST` and `GET /graphql` without Express in between: the same request id, log line, time limit,
 * body limit and JSON errors as the Express route (app.ts), and the same Apollo handling, but without
 * Express's router, its per-request prototype swaps, body-parser and pino-http's two child loggers per
 * request (together about 60 µs of server CPU per request, half of a trivial query's; measured).
 * Anything out of the ordinary (another path or method, a compressed or non-UTF-8 body) is left to
 * the Express route, which answers it as before.
 *
 * Returns whether it took the request.
 */
export function graphqlFastPath<C extends BaseContext>(options: GraphQLRouteOptions<C>) {
  const { apollo, app, log, requestTimeoutMs, exchange, context } = options;
  apollo.assertStarted('graphqlFastPath()');
  const limit = LIMITS.bodyLimit;

  return (req: IncomingMessage, res: ServerResponse): boolean => {
    const url = req.url ?? '';
    if (!(url === '/graphql' || url.startsWith('/graphql?'))) return false;
    const method = req.method;
    const post = method === 'POST';
    if (!post && method !== 'GET') return false;
    const type = post ? req.headers['content-type'] : undefined;
    const json = type !== undefined && /^application\/json\s*(;|$)/i.test(type);
    if (json) {
      const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(type)?.[1];
      if (charset !== undefined && charset.slice(0, 4).toLowerCase() !== 'utf-') return false;
    }
    if (req.headers['content-encoding'] !== undefined) return false;

    const started = Date.now();
    const header = req.headers['x-request-id'];
    const id = typeof header === 'string' ? header : randomUUID();
    res.setHeader('x-request-id', id);
    const reqLog = { method, url, id };
    const requestLog = log.child({ req: reqLog });
    stopAfter(res, requestTimeoutMs);
    let logged = false;
    const done = () => {
      if (logged) return;
      logged = true;
      const line = { req: reqLog, res: { statusCode: res.statusCode }, responseTime: Date.now() - started };
      if (res.statusCode >= 500) log.error(line, 'request errored');
      else log.info(line, 'request completed');
    };
    res.on('finish', done);
    res.on('close', done);

    void (async () => {
      let body: unknown;
      if (json) {
        let text: string;
        try {
          text = await getRawBody(req, { limit, length: req.headers['content-length'], encoding: 'utf-8' });
        } catch (err) {
          sendFailure(res, err as RequestFailure);
          return;
        }
        const first = text.trimStart()[0];
        try {
          if (text.length && first !== '{' && first !== '[') throw new SyntaxError('not an object or array');
          body = text.length ? (JSON.parse(text) as unknown) : {};
        } catch {
          sendFailure(res, { status: 400, type: 'entity.parse.failed', message: 'not JSON' });
          return;
        }
      }
      await answerGraphQL(apollo, req, res, body, () => context(requestLog, id, new LentExchange(app, req, res, exchange)));
    })().catch((err: unknown) => {
      requestLog.error({ err }, 'request failed');
      if (!res.headersSent) sendFailure(res, { message: 'unexpected' });
    });
    return true;
  };
}
