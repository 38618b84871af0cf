/**
 * B2: what a careful hand-written server would do. A plain Node `http` server, a `pg` pool sized like
 * ASF Atlas's (10), and per operation one prepared SQL statement (most build the whole response JSON in
 * PostgreSQL; a few are worded in JS); the server parses the request, runs the statement and sends
 * JSON.stringify of the result.
 */
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import pg from 'pg';
import { OPERATIONS } from '../ops/index.js';
import type { B2Query } from '../ops/types.js';
import { envPort, onSignals, readBody, sendJson, TYPENAME_RESPONSE, type GraphQLBody } from './common.js';

const connectionString = process.env.DATABASE_URL;
if (!connectionString) throw new Error('DATABASE_URL is required');
// JIT off: PostgreSQL would otherwise spend seconds compiling the big graph statements (cost above
// jit_above_cost) that run in milliseconds interpreted. B2_JIT=on keeps the server default.
const pool = new pg.Pool({
  connectionString,
  max: 10,
  application_name: 'atlas-bench-b2',
  ...(process.env.B2_JIT === 'on' ? {} : { options: '-c jit=off' }),
});

const queries = new Map<string, { id: string; q: B2Query }>();
for (const op of OPERATIONS) if ('sql' in op.b2) queries.set(op.atlas.operationName, { id: op.id, q: op.b2 });

const names = new Map<string, string>();
function statementName(id: string, text: string): string {
  let name = names.get(text);
  if (!name) {
    name = `b2_${id}_${createHash('sha1').update(text).digest('hex').slice(0, 10)}`;
    names.set(text, name);
  }
  return name;
}

const server = createServer((req, res) => {
  if (req.method !== 'POST') return sendJson(res, 405, '{"errors":[{"message":"POST only"}]}');
  readBody(req)
    .then(async (text) => {
      const body = JSON.parse(text) as GraphQLBody;
      const opName = body.operationName ?? '';
      if (!opName) return sendJson(res, 200, TYPENAME_RESPONSE);
      const entry = queries.get(opName);
      if (!entry) return sendJson(res, 400, JSON.stringify({ errors: [{ message: `unknown operation ${opName}` }] }));
      const vars = body.variables ?? {};
      const sql = typeof entry.q.sql === 'function' ? entry.q.sql(vars) : entry.q.sql;
      const r = await pool.query({ name: statementName(entry.id, sql), text: sql, values: entry.q.params(vars) });
      const data = entry.q.shape ? entry.q.shape(r.rows, vars) : (r.rows[0]?.data ?? null);
      sendJson(res, 200, JSON.stringify({ data }));
    })
    .catch((err: Error) => sendJson(res, 500, JSON.stringify({ errors: [{ message: err.message }] })));
});
server.keepAliveTimeout = 60_000;
server.listen(envPort(), '127.0.0.1');
onSignals(async () => {
  server.close();
  await pool.end();
});
