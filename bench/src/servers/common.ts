import type { IncomingMessage, ServerResponse } from 'node:http';

/** Reads a request body as text, bounded (the bench never sends more than a few kB). */
export function readBody(req: IncomingMessage, limit = 1 << 20): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        reject(new Error('request body too large'));
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export interface GraphQLBody {
  query?: string;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
}

export function sendJson(res: ServerResponse, status: number, body: string) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

/** `{ __typename }` without an operation name: the readiness probe every system answers. */
export const TYPENAME_RESPONSE = '{"data":{"__typename":"Query"}}';

export function envPort(): number {
  const port = Number(process.env.PORT);
  if (!Number.isInteger(port) || port <= 0) throw new Error('PORT is required');
  return port;
}

export function onSignals(close: () => Promise<void> | void) {
  const stop = () => {
    Promise.resolve(close()).finally(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
