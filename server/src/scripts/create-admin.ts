// Creates the first ADMIN (or any later one) from the command line. There is no default password.
//
//   pnpm --filter @atlas/server create-admin --email you@example.org --password-file ./admin-password.txt
//   ATLAS_ADMIN_PASSWORD=... pnpm --filter @atlas/server create-admin --email you@example.org --password-env ATLAS_ADMIN_PASSWORD
//   pnpm --filter @atlas/server create-admin --email you@example.org            (asks for the password on a terminal)
//
// Options: --name "Display Name", --update (an existing user becomes ADMIN with the new password).
// The database is the server's: DATABASE_URL, or the embedded one in DATA_DIR (default .data/atlas).
// Migrations are applied first, as the server would.
import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { readEnv } from '../common/env.js';
import { createAccount, passwordProblem } from '../modules/auth/accounts.js';
import { migrate, openDatabase } from '../db/orm.js';

const { values } = parseArgs({
  options: {
    email: { type: 'string' },
    'password-file': { type: 'string' },
    'password-env': { type: 'string' },
    name: { type: 'string' },
    update: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});

function fail(message: string): never {
  console.error(`create-admin: ${message}`);
  process.exit(1);
}

async function prompt(question: string): Promise<string> {
  if (!process.stdin.isTTY) fail('give --password-file or --password-env (no terminal to ask on)');
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  // Do not echo the password.
  const write = (rl as unknown as { _writeToOutput?: (s: string) => void })._writeToOutput;
  (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s: string) => {
    if (s.startsWith(question)) write?.call(rl, s);
  };
  const answer = await new Promise<string>((resolve) => rl.question(question, resolve));
  rl.close();
  process.stdout.write('\n');
  return answer;
}

if (values.help || !values.email) {
  console.log('Usage: create-admin --email EMAIL [--password-file FILE | --password-env VAR] [--name NAME] [--update]');
  process.exit(values.help ? 0 : 1);
}
const email = values.email.trim().toLowerCase();
if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) fail(`"${values.email}" is not an e-mail address`);

let password: string;
if (values['password-file']) password = readFileSync(values['password-file'], 'utf8').replace(/\r?\n$/, '');
else if (values['password-env'])
  password = process.env[values['password-env']] ?? fail(`the environment variable ${values['password-env']} is not set`);
else {
  password = await prompt('Password: ');
  if ((await prompt('Again: ')) !== password) fail('the passwords differ');
}
const problem = passwordProblem(password);
if (problem) fail(problem);

const env = readEnv();
const db = await openDatabase({ databaseUrl: env.databaseUrl, dataDir: env.dataDir });
try {
  await migrate(db);
  const { user, created } = await createAccount(
    db.em.fork(),
    { email, password, role: 'ADMIN', displayName: values.name ?? null },
    { update: values.update },
  );
  console.log(created ? `Created ADMIN ${user.email}.` : `${user.email} is now ADMIN with the new password.`);
} catch (err) {
  fail(err instanceof Error ? err.message : String(err));
} finally {
  await db.close();
}
