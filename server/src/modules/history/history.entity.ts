import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const HISTORY_ACTIONS = ['CREATE', 'UPDATE', 'DELETE'] as const;
export type HistoryAction = (typeof HISTORY_ACTIONS)[number];

/**
 * One change to one record: who, when, what (type + key), and the record before and after, written in
 * the same transaction as the change itself. Append-only; never updated. `parent` ties a part to the
 * record it belongs to (a membership to its partnership, a participant to its project), so the history
 * of a record can include its parts.
 */
export const HistoryEntry = defineEntity({
  name: 'HistoryEntry',
  tableName: 'history_entry',
  properties: {
    id: p.integer().primary(),
    at: p.datetime(),
    /** The user who made the change; null for the command line or a user since deleted (see actorName). */
    actorId: p.integer().nullable(),
    /** The actor's e-mail at the time, kept when the user is gone. */
    actorName: p.string().length(254).nullable(),
    entityType: p.string().length(40),
    entityId: p.string().length(40),
    parentType: p.string().length(40).nullable(),
    parentId: p.string().length(40).nullable(),
    action: p.enum(HISTORY_ACTIONS),
    before: p.json<Record<string, unknown>>().nullable(),
    after: p.json<Record<string, unknown>>().nullable(),
    /** The source the write named, when it named one. */
    sourceKey: p.string().length(80).nullable(),
    /** The import job the change came from, when it came from one. */
    importJobId: p.integer().nullable(),
    requestId: p.string().length(100).nullable(),
  },
  indexes: [
    { name: 'history_entry_entity_index', properties: ['entityType', 'entityId', 'id'] },
    { name: 'history_entry_parent_index', properties: ['parentType', 'parentId', 'id'] },
  ],
});
export type IHistoryEntry = InferEntity<typeof HistoryEntry>;
