/**
 * B1: the floor. A plain Node `http` server that answers each operation with JSON.stringify of the
 * response object ASF Atlas gave for it (captured once by the harness, passed in FIXTURES_FILE).
 * It parses the request body like a real server would, then does no other work.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { envPort, onSignals, readBody, sendJson, TYPENAME_RESPONSE, type GraphQLBody } from './common.js';

const fixtures = JSON.parse(readFileSync(process.env.FIXTURES_FILE ?? '', 'utf8')) as Record<string, unknown>;

const server = createServer((req, res) => {
  if (req.method !== 'POST') return sendJson(res, 405, '{"errors":[{"message":"POST only"}]}');
  readBody(req).then(
    (text) => {
      const body = JSON.parse(text) as GraphQLBody;
      const name = body.operationName ?? '';
      if (!name) return sendJson(res, 200, TYPENAME_RESPONSE);
      if (!(name in fixtures)) return sendJson(res, 400, JSON.stringify({ errors: [{ message: `unknown operation ${name}` }] }));
      sendJson(res, 200, JSON.stringify(fixtures[name]));
    },
    (err: Error) => sendJson(res, 400, JSON.stringify({ errors: [{ message: err.message }] })),
  );
});
server.keepAliveTimeout = 60_000;
server.listen(envPort(), '127.0.0.1');
onSignals(() => new Promise<void>((r) => server.close(() => r())));
