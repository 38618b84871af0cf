#!/usr/bin/env node
// ASF Atlas launcher. Runs on any Node >= 20 with npm: it brings the Node runtime the project needs
// (>= 22.17, from the npm registry's node-<platform>-<arch> package) and the pinned pnpm, installs
// the workspace, then runs the requested task with that runtime first on PATH.
//
//   node scripts/atlas.mjs start   build the dashboard if needed, start the server
//   node scripts/atlas.mjs test    the whole test suite (what CI runs)
//   node scripts/atlas.mjs <pnpm args...>   any pnpm command with the project's runtime
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const NODE_VERSION = '24.21.0';
const MIN_NODE = [22, 17];
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pnpmVersion = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).packageManager.split('@')[1];
const tools = join(root, '.atlas', 'tools');

function log(msg) {
  process.stderr.write(`[atlas] ${msg}\n`);
}

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: root, ...opts });
  if (r.error) throw r.error;
  return r.status ?? 1;
}

function nodeIsRecentEnough(version) {
  const [major, minor] = version.replace(/^v/, '').split('.').map(Number);
  return major > MIN_NODE[0] || (major === MIN_NODE[0] && minor >= MIN_NODE[1]);
}

function platformPackage() {
  const os = process.platform === 'win32' ? 'win' : process.platform;
  return `node-${os}-${process.arch}`;
}

function ensureTools() {
  const useOwnNode = !nodeIsRecentEnough(process.version);
  const pkg = platformPackage();
  const nodeBin = useOwnNode
    ? join(tools, 'node_modules', pkg, 'bin', process.platform === 'win32' ? 'node.exe' : 'node')
    : process.execPath;
  const pnpmCjs = join(tools, 'node_modules', 'pnpm', 'bin', 'pnpm.cjs');
  const wanted = [];
  if (useOwnNode && !existsSync(nodeBin)) wanted.push(`${pkg}@${NODE_VERSION}`);
  const pnpmPkg = join(tools, 'node_modules', 'pnpm', 'package.json');
  if (!existsSync(pnpmPkg) || JSON.parse(readFileSync(pnpmPkg, 'utf8')).version !== pnpmVersion) {
    wanted.push(`pnpm@${pnpmVersion}`);
  }
  if (wanted.length) {
    // Keep what is already there: install every tool we need in one go.
    if (useOwnNode && !wanted.some((w) => w.startsWith(pkg))) wanted.push(`${pkg}@${NODE_VERSION}`);
    if (!wanted.some((w) => w.startsWith('pnpm@'))) wanted.push(`pnpm@${pnpmVersion}`);
    log(`installing ${wanted.join(', ')} into .atlas/tools (Node ${process.version} is ${useOwnNode ? 'too old' : 'fine'})`);
    mkdirSync(tools, { recursive: true });
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const status = run(
      npm,
      ['install', '--prefix', tools, '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--loglevel=error', ...wanted],
      { shell: process.platform === 'win32' },
    );
    if (status !== 0) throw new Error('could not install the Node runtime / pnpm from the npm registry');
  }
  return { nodeBin, pnpmCjs };
}

/** pnpm keeps a copy of the lockfile it installed from: equal means node_modules is current. */
function installIsCurrent() {
  try {
    return readFileSync(join(root, 'node_modules', '.pnpm', 'lock.yaml'), 'utf8') === readFileSync(join(root, 'pnpm-lock.yaml'), 'utf8');
  } catch {
    return false;
  }
}

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** The dashboard is built when dist is missing or older than its sources. */
function dashboardNeedsBuild() {
  const index = join(root, 'dashboard', 'dist', 'index.html');
  if (!existsSync(index)) return true;
  const inputs = [join(root, 'dashboard', 'src'), join(root, 'dashboard', 'index.html')].filter(existsSync);
  const newest = Math.max(...inputs.map((p) => (statSync(p).isDirectory() ? newestMtime(p) : statSync(p).mtimeMs)));
  return newest > statSync(index).mtimeMs;
}

function main() {
  const args = process.argv.slice(2);
  const task = args[0] ?? 'start';
  const { nodeBin, pnpmCjs } = ensureTools();
  const env = {
    ...process.env,
    PATH: [dirname(nodeBin), join(tools, 'node_modules', '.bin'), process.env.PATH].join(delimiter),
    npm_config_engine_strict: 'false',
  };
  const pnpm = (...a) => run(nodeBin, [pnpmCjs, ...a], { env });

  if (task !== 'install' && !installIsCurrent()) {
    const install = pnpm('install', '--frozen-lockfile', '--prefer-offline', '--reporter=append-only');
    if (install !== 0) process.exit(install);
  }

  let status;
  if (task === 'start') {
    if (dashboardNeedsBuild()) {
      log('building the dashboard (first start, or its sources changed)');
      const built = pnpm('run', 'build');
      if (built !== 0) process.exit(built);
    }
    // The server runs as one child process (bin/start.mjs: one bundle of its sources, no pnpm in
    // between); stop signals are forwarded so it can finish requests and close the database, and this
    // launcher waits for it.
    const child = spawn(nodeBin, ['bin/start.mjs', ...args.slice(1)], {
      stdio: 'inherit',
      cwd: join(root, 'server'),
      env,
    });
    let forwarded = null;
    for (const sig of ['SIGINT', 'SIGTERM']) {
      process.on(sig, () => {
        forwarded = sig;
        child.kill(sig);
      });
    }
    // The server handles stop signals from its first line; a child ended by the very signal we
    // forwarded was stopped before it had opened anything, which is a clean stop.
    child.on('exit', (code, signal) => process.exit(code ?? (signal && signal === forwarded ? 0 : 1)));
    return;
  } else if (task === 'test') status = pnpm('run', 'check', ...args.slice(1));
  else status = pnpm(...args);
  process.exit(status);
}

main();
