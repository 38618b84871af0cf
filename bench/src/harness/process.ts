import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/** A free TCP port on 127.0.0.1 (bound and released at once). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

export interface SpawnSpec {
  name: string;
  command: string;
  args: string[];
  cwd: string;
  env: Record<string, string | undefined>;
  port: number;
}

export const GRAPHQL_HEADERS = { 'content-type': 'application/json', 'apollo-require-preflight': 'true' } as const;

/**
 * A server in a child process, in a process group of its own so that stopping it also stops anything
 * it started (pnpm → tsx → node). Only ever signals the group it created.
 */
export class ServerProcess {
  readonly child: ChildProcess;
  private readonly tail: string[] = [];
  private exited: { code: number | null; signal: NodeJS.Signals | null } | null = null;
  private readonly exitPromise: Promise<void>;
  readonly url: string;

  constructor(readonly spec: SpawnSpec) {
    this.url = `http://127.0.0.1:${spec.port}/graphql`;
    this.child = spawn(spec.command, spec.args, {
      cwd: spec.cwd,
      env: spec.env as NodeJS.ProcessEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    const keep = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (!line.trim()) continue;
        this.tail.push(line);
        if (this.tail.length > 40) this.tail.shift();
      }
    };
    this.child.stdout?.on('data', keep);
    this.child.stderr?.on('data', keep);
    this.exitPromise = new Promise((resolve) => {
      this.child.on('exit', (code, signal) => {
        this.exited = { code, signal };
        resolve();
      });
      this.child.on('error', (err) => {
        this.tail.push(`spawn error: ${err.message}`);
        this.exited = { code: -1, signal: null };
        resolve();
      });
    });
  }

  get output(): string {
    return this.tail.join('\n');
  }

  get running(): boolean {
    return this.exited === null;
  }

  /** Polls `{ __typename }` until it answers 200 with data; returns ms since spawn was called. */
  async waitReady(timeoutMs: number, startedAt: number, intervalMs = 25): Promise<number> {
    const deadline = startedAt + timeoutMs;
    while (performance.now() < deadline) {
      if (!this.running) throw new Error(`${this.spec.name} exited (${JSON.stringify(this.exited)}) before it was ready:\n${this.output}`);
      try {
        const res = await fetch(this.url, {
          method: 'POST',
          headers: GRAPHQL_HEADERS,
          body: '{"query":"{ __typename }"}',
          signal: AbortSignal.timeout(2000),
        });
        if (res.ok) {
          const body = (await res.json()) as { data?: { __typename?: string } };
          if (body.data?.__typename) return performance.now() - startedAt;
        } else await res.arrayBuffer();
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, intervalMs));
    }
    throw new Error(`${this.spec.name} not ready within ${timeoutMs} ms:\n${this.output}`);
  }

  private signal(sig: NodeJS.Signals) {
    const pid = this.child.pid;
    if (pid === undefined || !this.running) return;
    try {
      process.kill(-pid, sig); // the group this child leads (detached: true)
    } catch {
      try {
        this.child.kill(sig);
      } catch {
        // already gone
      }
    }
  }

  async stop(graceMs = 1500): Promise<void> {
    if (!this.running) return;
    this.signal('SIGTERM');
    const timer = new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), graceMs).unref());
    if ((await Promise.race([this.exitPromise.then(() => 'exited' as const), timer])) === 'timeout') {
      this.signal('SIGKILL');
      await this.exitPromise;
    }
    // The group leader may exit before its children (pnpm → tsx → node): make sure none is left.
    const pid = this.child.pid;
    if (pid !== undefined) {
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {
        // group already empty
      }
    }
  }
}

export async function startServer(spec: SpawnSpec, readyTimeoutMs: number): Promise<{ proc: ServerProcess; readyMs: number }> {
  const t0 = performance.now();
  const proc = new ServerProcess(spec);
  try {
    const readyMs = await proc.waitReady(readyTimeoutMs, t0);
    return { proc, readyMs };
  } catch (err) {
    await proc.stop(1000);
    throw err;
  }
}

/** Children still running when the harness exits abnormally are stopped here. */
export const live = new Set<ServerProcess>();
export function track(p: ServerProcess): ServerProcess {
  live.add(p);
  p.child.on('exit', () => live.delete(p));
  return p;
}
export async function stopAll(): Promise<void> {
  await Promise.all([...live].map((p) => p.stop(2000)));
}
