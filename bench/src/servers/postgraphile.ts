/**
 * PostGraphile v5 (amber preset) over the same database, served by grafserv on a plain Node http
 * server. Stock configuration, no custom plugins; the pool is sized like ASF Atlas's (10). The one
 * change: PgIndexBehaviorsPlugin is disabled so every column can be ordered and filtered by equality
 * (PostGraphile v4's default, `ignoreIndexes: true`), which the "first 50 by name" page needs.
 */
import { createServer } from 'node:http';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';
import { envPort, onSignals } from './common.js';

const port = envPort();
const connectionString = process.env.DATABASE_URL;
if (!connectionString) throw new Error('DATABASE_URL is required');

const preset: GraphileConfig.Preset = {
  extends: [PostGraphileAmberPreset],
  disablePlugins: ['PgIndexBehaviorsPlugin'],
  pgServices: [makePgService({ connectionString, schemas: ['public'], poolConfig: { max: 10 } })],
  grafserv: { port, host: '127.0.0.1', graphqlPath: '/graphql', graphiql: false, watch: false },
  grafast: { explain: false },
};

const pgl = postgraphile(preset);
// Build the schema before listening, so "ready" means ready.
await pgl.getSchema();
const serv = pgl.createServ(grafserv);
const server = createServer();
server.keepAliveTimeout = 60_000;
await serv.addTo(server, false);
server.listen(port, '127.0.0.1');
onSignals(async () => {
  server.close();
  await pgl.release();
});
