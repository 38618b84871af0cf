import {
  CheckConstraintViolationException,
  ForeignKeyConstraintViolationException,
  NotNullConstraintViolationException,
  OptimisticLockError,
  UniqueConstraintViolationException,
} from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/sql';
import type { AtlasContext } from '../../common/context.js';
import { AtlasError } from '../../common/errors.js';
import type { Viewer } from '../auth/viewer.js';
import { refreshComparisonSummary } from '../comparison/comparison.summary.js';
import { HistoryRecorder, snapshot } from '../history/history.recorder.js';
import { badInput, conflict } from './validators.js';

/** Everything a write needs, all bound to its one transaction. */
export interface Write {
  /** The transaction's EntityManager. Use only this one until the write returns (the embedded database has one connection). */
  tx: EntityManager;
  viewer: Viewer;
  history: HistoryRecorder;
}

/** Maps what the database refused to errors a user can act on; anything else passes through. */
export function translateDbError(err: unknown): unknown {
  if (err instanceof AtlasError) return err;
  if (err instanceof OptimisticLockError) {
    return conflict('Someone else changed this record while you were saving. Reload it and apply your change again.', { field: 'version' });
  }
  if (err instanceof UniqueConstraintViolationException) {
    return conflict('This would duplicate a record that already exists (same slug, key or combination).');
  }
  if (err instanceof ForeignKeyConstraintViolationException) {
    return conflict('Other records still point at this record, or it points at a record that does not exist.');
  }
  if (err instanceof CheckConstraintViolationException) {
    return new AtlasError('The values break a rule of the data (dates out of order, a negative amount, ...)', 'BAD_USER_INPUT');
  }
  if (err instanceof NotNullConstraintViolationException) {
    return new AtlasError('A required value is missing', 'BAD_USER_INPUT');
  }
  return err;
}

/**
 * Runs one write: ONE transaction for the change, its citations and its history, and the region
 * comparison summary brought up to date with it. Nothing is written when anything in it fails. Never
 * query through another EntityManager inside `fn`.
 */
export async function runWrite<T>(ctx: AtlasContext, viewer: Viewer, fn: (w: Write) => Promise<T>): Promise<T> {
  try {
    return await ctx.em.transactional(async (tx) => {
      const result = await fn({ tx, viewer, history: new HistoryRecorder(tx, viewer, ctx.requestId) });
      await refreshComparisonSummary(tx);
      return result;
    });
  } catch (err) {
    throw translateDbError(err);
  }
}

/**
 * Optimistic lock: the version the user edited must still be the record's. Otherwise CONFLICT with the
 * current values, so the client can show what changed. (The UPDATE also checks the version, so a
 * change committed between this check and the flush fails the same way.)
 */
export function checkVersion(
  entity: { version: number },
  expected: number,
  what: string,
  current: (e: never) => Record<string, unknown> = snapshot,
): void {
  if (entity.version === expected) return;
  throw conflict(
    `${what} was changed by someone else since you loaded it (you edited version ${expected}; it is now version ${entity.version}). Reload it, apply your change again, and save.`,
    { field: 'version', currentVersion: entity.version, current: current(entity as never) },
  );
}

/** The value to store for an optional patch field: undefined keeps the current value. */
export function patch<T>(value: T | undefined, current: T): T {
  return value === undefined ? current : value;
}

/** Refuses null for a patch field that cannot be cleared. */
export function notNull<T>(value: T | null | undefined, field: string): T | undefined {
  if (value === null) throw badInput(field, 'cannot be cleared');
  return value;
}
