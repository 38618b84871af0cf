import { pino } from 'pino';
import { createApp } from './app.js';
import { readEnv } from './common/env.js';

const env = readEnv();
const log = pino({ level: env.logLevel });
const started = performance.now();

const app = await createApp({
  databaseUrl: env.databaseUrl,
  replicaUrl: env.replicaUrl,
  dataDir: env.dataDir,
  statementTimeoutMs: env.statementTimeoutMs,
  requestTimeoutMs: env.requestTimeoutMs,
  production: env.production,
  logger: log,
});

app.server.listen(env.port, env.host, () => {
  log.info(
    { url: `http://localhost:${env.port}/`, graphql: `http://localhost:${env.port}/graphql`, database: app.db.mode, dataDir: env.databaseUrl ? undefined : env.dataDir, startupMs: Math.round(performance.now() - started) },
    'ASF Atlas is listening',
  );
});

let stopping = false;
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
    app
      .close()
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
