import { helper, Reference, ReferenceKind } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/sql';
import type { Viewer } from '../auth/viewer.js';
import { HistoryEntry, type HistoryAction } from './history.entity.js';

type Json = Record<string, unknown>;

/** Bookkeeping columns and derived fields left out of snapshots: they change on every write or say nothing new. */
const SKIP = new Set(['createdAt', 'updatedAt', 'searchKey', 'passwordHash']);

function plain(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (value === undefined) return null;
  return value;
}

/**
 * A record as JSON for the history: its columns by property name, to-one relations as the key of the
 * record they point at, to-many relations left out (pass them in `extra` where they belong to the record,
 * e.g. the projects a funding covers).
 */
export function snapshot(entity: object, extra: Json = {}): Json {
  const meta = helper(entity).__meta;
  const out: Json = {};
  const record = entity as Record<string, unknown>;
  for (const prop of meta.props) {
    if (SKIP.has(prop.name)) continue;
    if (prop.kind === ReferenceKind.SCALAR) out[prop.name] = plain(record[prop.name]);
    else if (prop.kind === ReferenceKind.MANY_TO_ONE || (prop.kind === ReferenceKind.ONE_TO_ONE && prop.owner)) {
      const target = record[prop.name];
      out[prop.name] = target ? helper(Reference.unwrapReference(target as object)).getPrimaryKey() : null;
    }
  }
  return { ...out, ...extra };
}

/** Names of the top-level fields that differ between two snapshots. */
export function changedFields(before: Json | null, after: Json | null): string[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  return [...keys].filter((k) => k !== 'version' && JSON.stringify(before?.[k] ?? null) !== JSON.stringify(after?.[k] ?? null)).sort();
}

export interface Change {
  entityType: string;
  entityId: string | number;
  action: HistoryAction;
  before: Json | null;
  after: Json | null;
  parent?: { type: string; id: string | number } | null;
  sourceKey?: string | null;
}

/** Writes history entries inside the transaction of the change they describe. */
export class HistoryRecorder {
  private readonly at = new Date();

  constructor(
    private readonly em: EntityManager,
    private readonly actor: Pick<Viewer, 'userId' | 'email'> | null,
    private readonly requestId: string | null,
    private readonly importJobId: number | null = null,
  ) {}

  row(change: Change) {
    return {
      at: this.at,
      actorId: this.actor?.userId ?? null,
      actorName: this.actor?.email ?? null,
      entityType: change.entityType,
      entityId: String(change.entityId),
      parentType: change.parent?.type ?? null,
      parentId: change.parent ? String(change.parent.id) : null,
      action: change.action,
      before: change.before,
      after: change.after,
      sourceKey: change.sourceKey ?? null,
      importJobId: this.importJobId,
      requestId: this.requestId,
    };
  }

  async record(change: Change): Promise<void> {
    await this.em.insert(HistoryEntry, this.row(change));
  }

  async recordMany(changes: Change[]): Promise<void> {
    if (changes.length)
      await this.em.insertMany(
        HistoryEntry,
        changes.map((c) => this.row(c)),
      );
  }
}
