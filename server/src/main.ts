// Entry point. Stop signals are handled before anything heavy is loaded: the app (and the database)
// is imported only after the handlers are in place.
import { pino } from 'pino';
import type { AtlasApp } from './app.js';
import { readEnv } from './common/env.js';

const env = readEnv();
const log = pino({ level: env.logLevel });
const started = performance.now();

// Signals are handled from the first moment: a stop during start-up (migrations, loading the
// reference dataset) waits for that transaction to finish, then closes the database cleanly.
let stopping = false;
const starting: Promise<AtlasApp> = import('./app.js').then(({ createApp }) =>
  createApp({
    databaseUrl: env.databaseUrl,
    replicaUrl: env.replicaUrl,
    dataDir: env.dataDir,
    statementTimeoutMs: env.statementTimeoutMs,
    requestTimeoutMs: env.requestTimeoutMs,
    production: env.production,
    logger: log,
  }),
);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'stopping: finishing in-flight requests, then closing the database');
    const force = setTimeout(() => {
      log.error('could not stop within 15 s; exiting');
      process.exit(1);
    }, 15000);
    force.unref();
    starting
      .then((app) => app.close())
      .then(() => {
        log.info('stopped cleanly');
        process.exit(0);
      })
      .catch((err: unknown) => {
        log.error({ err }, 'error while stopping');
        process.exit(1);
      });
  });
}

const app = await starting.catch((err: unknown) => {
  log.fatal({ err }, 'could not start');
  process.exit(1);
});
if (!stopping) {
  app.server.listen(env.port, env.host, () => {
    log.info(
      {
        url: `http://localhost:${env.port}/`,
        graphql: `http://localhost:${env.port}/graphql`,
        graphiql: `http://localhost:${env.port}/graphiql`,
        database: app.db.mode,
        dataDir: env.databaseUrl ? undefined : env.dataDir,
        startupMs: Math.round(performance.now() - started),
      },
      'ASF Atlas is listening',
    );
  });
}
