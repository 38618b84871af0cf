import { spawn } from 'node:child_process';
import { serverDir } from '../paths.js';

export interface StatementCount {
  id: string;
  statements: number;
  status: number;
}

/**
 * SQL statements per request, counted by the server itself (`pnpm --filter @atlas/server count-statements`:
 * the app in-process with MikroORM's query log, each request once to warm up and once counted).
 */
export function countStatements(databaseUrl: string, requests: { id: string; body: string }[]): Promise<StatementCount[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/scripts/count-statements.ts'], {
      cwd: serverDir,
      env: { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: 'production' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`count-statements exited ${code}: ${err.slice(-500)}`));
      try {
        resolve(JSON.parse(out.trim().split('\n').pop() ?? '[]') as StatementCount[]);
      } catch (e) {
        reject(e instanceof Error ? e : new Error(String(e)));
      }
    });
    child.stdin.end(JSON.stringify(requests));
  });
}
