import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const IMPORT_KINDS = ['organisations', 'projects', 'fundings', 'outcomes', 'memberships'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export const IMPORT_STATUSES = ['PENDING', 'RUNNING', 'SUCCEEDED', 'FAILED'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

export interface ImportRowErrorData {
  /** Row of the file as a spreadsheet numbers it: the header is row 1, the first data row 2; 0 for the file as a whole. */
  row: number;
  column: string | null;
  value: string | null;
  message: string;
}

export interface ImportRowChangeData {
  row: number;
  action: 'CREATE' | 'UPDATE' | 'UNCHANGED';
  /** The natural key of the record: slug, organisationsnummer, key or composite. */
  key: string;
  /** Fields that change (UPDATE only). */
  fields: string[];
}

/**
 * One CSV upload: a dry run or a commit. The row is written outside the import's own transaction, so
 * its progress (processed/total) can be polled while the import runs, and it stays to tell what happened
 * when the import was rolled back.
 */
export const ImportJob = defineEntity({
  name: 'ImportJob',
  properties: {
    id: p.integer().primary(),
    kind: p.enum(IMPORT_KINDS),
    dryRun: p.boolean(),
    status: p.enum(IMPORT_STATUSES),
    userId: p.integer().nullable().index(),
    actorName: p.string().length(254).nullable(),
    sourceKey: p.string().length(80).nullable(),
    bytesTotal: p.bigint('number').nullable(),
    bytesProcessed: p.bigint('number').default(0),
    /** Data rows in the file; known once the whole file has been read. */
    rowsTotal: p.integer().nullable(),
    rowsProcessed: p.integer().default(0),
    created: p.integer().default(0),
    updated: p.integer().default(0),
    unchanged: p.integer().default(0),
    errorCount: p.integer().default(0),
    /** The first row errors (capped), row by row. */
    errors: p.json<ImportRowErrorData[]>().nullable(),
    /** The first changes (capped): what would be or was created or updated. */
    changes: p.json<ImportRowChangeData[]>().nullable(),
    message: p.text().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    finishedAt: p.datetime().nullable(),
  },
});
export type IImportJob = InferEntity<typeof ImportJob>;
