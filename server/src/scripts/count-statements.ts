// Counts the SQL statements each GraphQL request runs, in-process over DATABASE_URL (the benchmark's
// check that statements per operation do not grow with the page size, at any data size).
// Usage: DATABASE_URL=… tsx src/scripts/count-statements.ts < requests.json
//   requests.json: [{ "id": "projectsPage", "body": "{\"query\":…}" }, …]  →  stdout: [{ "id", "statements", "status" }, …]
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { createApp } from '../app.js';

interface CountRequest {
  id: string;
  body: string;
}

const input = JSON.parse(await new Response(process.stdin as unknown as ReadableStream).text()) as CountRequest[];
let statements = 0;
const app = await createApp({
  databaseUrl: process.env.DATABASE_URL,
  logger: pino({ level: 'silent' }),
  dashboardDir: null,
  onQuery: (line) => {
    if (line.includes('[query]')) statements++;
  },
});
await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/graphql`;
const out: { id: string; statements: number; status: number }[] = [];
try {
  for (const r of input) {
    const post = () => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: r.body });
    await (await post()).text(); // warm: later requests must not count one-time work
    statements = 0;
    const res = await post();
    await res.text();
    out.push({ id: r.id, statements, status: res.status });
  }
} finally {
  await app.close();
}
process.stdout.write(`${JSON.stringify(out)}\n`);
