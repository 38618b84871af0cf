import type { EntityManager } from '@mikro-orm/sql';
import { HistoryRecorder } from '../history/history.recorder.js';
import { User, type IUser } from './auth.entity.js';
import type { Role } from './auth.roles.js';
import { hashPassword, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './password.js';
import type { Write } from '../edit/write.js';
import { snapshot } from '../history/history.recorder.js';
import { conflict } from '../edit/validators.js';

export function passwordProblem(password: string): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) return `the password must be at least ${PASSWORD_MIN_LENGTH} characters`;
  if (password.length > PASSWORD_MAX_LENGTH) return `the password must be at most ${PASSWORD_MAX_LENGTH} characters`;
  return null;
}

/**
 * Creates a user outside any request (the create-admin command, test set-up), in one transaction with
 * its history entry (actor: none, i.e. the command line). With `update`, an existing user gets the role
 * and password instead.
 */
export async function createAccount(
  em: EntityManager,
  data: { email: string; password: string; role: Role; displayName?: string | null },
  options: { update?: boolean } = {},
): Promise<{ user: IUser; created: boolean }> {
  const problem = passwordProblem(data.password);
  if (problem) throw new Error(problem);
  const passwordHash = await hashPassword(data.password);
  return em.transactional(async (tx) => {
    const history = new HistoryRecorder(tx, null, 'command-line');
    const email = data.email.trim().toLowerCase();
    const existing = await tx.findOne(User, { email });
    if (existing && options.update) {
      existing.role = data.role;
      existing.passwordHash = passwordHash;
      existing.disabled = false;
      await tx.flush();
      await history.record({
        entityType: 'User',
        entityId: existing.id,
        action: 'UPDATE',
        before: null,
        after: { role: data.role, password: 'changed', disabled: false },
      });
      return { user: existing, created: false };
    }
    const user = await insertUser({ tx, history }, { email, passwordHash, role: data.role, displayName: data.displayName ?? null });
    return { user, created: true };
  });
}

/** Creates a user with a hashed password (used by the createUser mutation and the create-admin command). */
export async function insertUser(
  w: Pick<Write, 'tx' | 'history'>,
  data: { email: string; passwordHash: string; role: Role; displayName: string | null },
): Promise<IUser> {
  const email = data.email.trim().toLowerCase();
  if (await w.tx.count(User, { email })) throw conflict(`A user with the e-mail ${email} already exists`, { field: 'email' });
  const user = w.tx.create(User, {
    email,
    passwordHash: data.passwordHash,
    role: data.role,
    displayName: data.displayName,
    disabled: false,
  });
  await w.tx.flush();
  await w.history.record({ entityType: 'User', entityId: user.id, action: 'CREATE', before: null, after: snapshot(user) });
  return user;
}
