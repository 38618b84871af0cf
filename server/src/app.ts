import 'reflect-metadata';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import express, { type NextFunction, type Request, type Response } from 'express';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import http from 'node:http';
import { join } from 'node:path';
import { pino, type Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { createContext, type AtlasContext } from './common/context.js';
import { httpExchange } from './modules/auth/http.js';
import { createRateLimiter } from './modules/auth/rate-limit.js';
import { importRouter } from './modules/import/import.routes.js';
import { repoRoot } from './common/env.js';
import { formatError } from './common/errors.js';
import { apolloHandler, graphqlFastPath, sendFailure, stopAfter } from './common/graphql-http.js';
import { jitGateway } from './common/jit-executor.js';
import { armorProtection, costLimitPlugin, LIMITS, parseOptions } from './common/limits.js';
import { prepareDatabase, type Database } from './db/orm.js';
import type { DbTarget } from './db/config.js';
import { atlasSchema, atlasSdl } from './schema.js';

export interface AppOptions extends DbTarget {
  logger?: Logger;
  /** Longest a request may take before it is answered with a TIMEOUT error. */
  requestTimeoutMs?: number;
  /** Built dashboard to serve at `/` (defaults to dashboard/dist when it exists). */
  dashboardDir?: string | null;
  production?: boolean;
  /**
   * Where the shared (Redis) rate limiter keeps its counts; the default is shared by every process of
   * a deployment. Tests give each server its own, so counts from earlier runs never carry over.
   */
  rateLimitPrefix?: string;
}

export interface AtlasApp {
  server: http.Server;
  db: Database;
  log: Logger;
  /** Stop accepting, finish in-flight requests, close the database. */
  close(): Promise<void>;
}

/** Builds the HTTP server (not yet listening) over an opened, migrated and seeded database. */
export async function createApp(options: AppOptions = {}): Promise<AtlasApp> {
  const log = options.logger ?? pino({ level: process.env.LOG_LEVEL ?? 'info' });
  const { db, migrations, seeded } = await prepareDatabase(options);
  if (migrations.length) log.info({ migrations }, 'applied migrations');
  if (seeded) log.info({ created: seeded.created }, 'loaded the reference dataset');

  // Sign-in attempts are counted here: in memory, or in Redis (shared by all processes) when REDIS_URL is set.
  const signInLimiter = createRateLimiter(undefined, options.rateLimitPrefix);
  const schema = await atlasSchema();
  const sdl = await atlasSdl();
  const app = express();
  // GraphQL requests take the fast path (common/graphql-http.ts) once Apollo has started; the rest, Express.
  const graphql: { fastPath?: (req: http.IncomingMessage, res: http.ServerResponse) => boolean } = {};
  const server = http.createServer((req, res) => {
    if (!graphql.fastPath?.(req, res)) app(req, res);
  });
  app.disable('x-powered-by');
  // No ETags: GraphQL answers are POSTed (never revalidated), and hashing every body costs ~0.5 ms per 300 kB.
  app.set('etag', false);
  app.set('trust proxy', 'loopback');

  const armor = armorProtection();
  const apollo = new ApolloServer<AtlasContext>({
    // The schema, executed by queries compiled once per document (common/jit-executor.ts).
    gateway: jitGateway(schema, sdl),
    validationRules: armor.validationRules,
    parseOptions,
    csrfPrevention: true,
    // main.ts owns SIGINT/SIGTERM (it finishes start-up first, then closes the database too).
    stopOnTerminationSignals: false,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    formatError: (formatted, error) => formatError(formatted, error, (err) => log.error({ err }, 'unexpected error in a request')),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: server }),
      // No cache hints are used; left on, Apollo wraps every field resolver to collect them.
      ApolloServerPluginCacheControlDisabled(),
      costLimitPlugin(schema),
      ...(armor.plugins as ApolloServerPlugin<AtlasContext>[]),
    ],
  });
  await apollo.start();
  const requestTimeoutMs = options.requestTimeoutMs ?? 10000;
  graphql.fastPath = graphqlFastPath({
    apollo,
    app,
    log,
    requestTimeoutMs,
    exchange: httpExchange,
    context: (requestLog, requestId, exchange) => createContext(db.em, requestLog, requestId, exchange, signInLimiter),
  });

  app.use(
    pinoHttp({
      logger: log,
      genReqId: (req, res) => {
        const id = (req.headers['x-request-id'] as string | undefined) ?? randomUUID();
        res.setHeader('x-request-id', id);
        return id;
      },
      customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : 'info'),
      serializers: {
        req: (req: { method: string; url: string; id: string }) => ({ method: req.method, url: req.url, id: req.id }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    }),
  );

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await db.em.fork().getConnection().execute('select 1');
      res.json({ status: 'ready', database: db.mode });
    } catch {
      res.status(503).json({ status: 'unavailable', database: db.mode });
    }
  });
  app.get('/schema.graphql', (_req, res) => {
    res.type('text/plain; charset=utf-8').setHeader('content-disposition', 'inline; filename="schema.graphql"').send(sdl);
  });

  app.use(
    '/graphql',
    (_req: Request, res: Response, next: NextFunction) => {
      stopAfter(res, requestTimeoutMs);
      next();
    },
    express.json({ limit: LIMITS.bodyLimit }),
    apolloHandler(apollo, (req, res) => createContext(db.em, req.log, String(req.id), httpExchange(req, res), signInLimiter)),
  );

  // CSV import over HTTP (templates, dry run, commit): streamed, size-limited, authenticated like /graphql.
  app.use('/import', importRouter(db));

  const dashboardDir = options.dashboardDir === undefined ? join(repoRoot, 'dashboard', 'dist') : options.dashboardDir;
  if (dashboardDir && existsSync(join(dashboardDir, 'index.html'))) {
    if (existsSync(join(dashboardDir, 'graphiql.html'))) {
      app.get('/graphiql', (_req, res) => res.sendFile(join(dashboardDir, 'graphiql.html')));
    }
    app.use(express.static(dashboardDir, { index: 'index.html', maxAge: '1h' }));
    app.get(/^\/(?!graphql|healthz|readyz|schema\.graphql).*/, (_req, res) => res.sendFile(join(dashboardDir, 'index.html')));
  }

  // Errors outside GraphQL (a body too large, malformed JSON): a clear message, never a stack trace.
  app.use((err: Error & { status?: number; type?: string }, req: Request, res: Response, _next: NextFunction) => {
    if ((err.status ?? 500) >= 500) req.log.error({ err }, 'request failed');
    sendFailure(res, err);
  });

  let closing: Promise<void> | undefined;
  return {
    server,
    db,
    log,
    close() {
      closing ??= (async () => {
        log.debug('stopping the HTTP server');
        server.closeIdleConnections();
        await apollo.stop(); // drains the HTTP server: stops accepting, finishes in-flight requests
        log.debug('closing the rate limiter');
        await signInLimiter.close();
        log.debug('closing the database');
        await db.close();
        log.debug('closed');
      })();
      return closing;
    },
  };
}
