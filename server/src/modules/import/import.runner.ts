import type { EntityManager } from '@mikro-orm/sql';
import { foldDiacritics } from '../../common/text.js';
import type { Database } from '../../db/orm.js';
import type { Viewer } from '../auth/viewer.js';
import { refreshComparisonSummary } from '../comparison/comparison.summary.js';
import { conflict } from '../edit/validators.js';
import { FundingProject } from '../funding/funding.entity.js';
import { HistoryRecorder, snapshot, type Change } from '../history/history.recorder.js';
import { Source } from '../source/source.entity.js';
import { readCsv, ImportFileError } from './import.csv.js';
import {
  ImportJob,
  type IImportJob,
  type ImportKind,
  type ImportRowChangeData,
  type ImportRowErrorData,
  type ImportStatus,
} from './import.entity.js';
import { KINDS, Lookups, type CellProblem, type ColumnSpec, type KindHandler, type ReadRow } from './import.kinds.js';
import { CellError } from './import.values.js';

type Json = Record<string, unknown>;

function intFromEnv(name: string, fallback: number): number {
  const n = Number(process.env[name]);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

export const IMPORT_LIMITS = {
  /** Largest upload, bytes (IMPORT_MAX_BYTES; 64 MiB by default: 100 000 organisations take about 15 MB). */
  maxBytes: intFromEnv('IMPORT_MAX_BYTES', 64 * 1024 * 1024),
  /** Most data rows in one file (IMPORT_MAX_ROWS). */
  maxRows: intFromEnv('IMPORT_MAX_ROWS', 200_000),
  /** Rows validated and written per batch inside the one transaction. */
  batchSize: intFromEnv('IMPORT_BATCH_SIZE', 1000),
  /** Row errors and changes kept in the job's report (all are counted). */
  maxReported: 1000,
};

/** The state of a running job, kept in this process so polling never waits on the import's own transaction. */
export const liveJobs = new Map<number, IImportJob>();

export class PayloadTooLargeError extends ImportFileError {
  constructor(limit: number) {
    super(`The file is larger than the limit of ${Math.round(limit / (1024 * 1024))} MB: split it into smaller files`, 413);
  }
}

/** Counts bytes as they stream in and stops the upload past the limit. */
export async function* limitBytes(
  source: AsyncIterable<Buffer | string>,
  limit: number,
  onBytes: (n: number) => void,
): AsyncGenerator<Buffer> {
  let total = 0;
  for await (const chunk of source) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    total += buf.length;
    if (total > limit) throw new PayloadTooLargeError(limit);
    onBytes(total);
    yield buf;
  }
}

function norm(header: string): string {
  return foldDiacritics(header)
    .trim()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/** Which column each header cell is: English or Swedish names, any case, with or without diacritics. */
export function mapHeader(handler: KindHandler, header: string[]): { columns: (ColumnSpec | null)[]; problems: ImportRowErrorData[] } {
  const byName = new Map<string, ColumnSpec>();
  for (const c of handler.columns) for (const n of [c.key, c.sv, ...(c.aliases ?? [])]) byName.set(norm(n), c);
  const problems: ImportRowErrorData[] = [];
  const seen = new Set<string>();
  const columns = header.map((h) => {
    if (!h.trim()) return null;
    const c = byName.get(norm(h)) ?? null;
    if (!c)
      problems.push({
        row: 1,
        column: h,
        value: null,
        message: `unknown column "${h}": the columns are ${handler.columns.map((x) => x.key).join(', ')} (or their Swedish names)`,
      });
    else if (seen.has(c.key)) problems.push({ row: 1, column: h, value: null, message: `the column ${c.key} appears twice` });
    else seen.add(c.key);
    return c;
  });
  for (const c of handler.columns) {
    if (c.required && !seen.has(c.key))
      problems.push({ row: 1, column: c.key, value: null, message: `the required column ${c.key} (${c.sv}) is missing` });
  }
  return { columns, problems };
}

class Rollback extends Error {}

type SourceRef = { id: number; key: string };
/** A row to insert. */
interface PendingCreate {
  row: ReadRow;
  record: Json;
  links: number[] | undefined;
  parentId: number | undefined;
  source: SourceRef;
  quote: string | null;
}
/** A row that matched a record: updated (with its history) or unchanged (cited only). */
interface PendingWrite {
  id: number;
  source: SourceRef;
  quote: string | null;
  change: Change | null;
  links?: number[] | undefined;
  update?: { version: number; changes: Json };
}

interface Options {
  kind: ImportKind;
  dryRun: boolean;
  viewer: Viewer;
  sourceKey: string | null;
  requestId: string;
}

/**
 * One import: reads the CSV as a stream, validates every row in batches, and (unless a dry run) writes
 * all of them in ONE transaction: one bad row and nothing is written. Rows match existing records by
 * natural key, and a row equal to its record writes nothing, so importing the same file twice is a no-op.
 */
export class ImportRun {
  private readonly handler: KindHandler;
  private readonly seen = new Set<string>();
  private readonly sources = new Map<string, SourceRef | null>();
  private lastProgressWrite = 0;
  private stopWriting = false;

  constructor(
    private readonly db: Database,
    readonly job: IImportJob,
    private readonly options: Options,
  ) {
    this.handler = KINDS[options.kind];
  }

  /** Creates the job row (committed at once, outside the import's transaction). */
  static async start(db: Database, options: Options, bytesTotal: number | null, jobId: number | null = null): Promise<ImportRun> {
    const em = db.em.fork();
    let job = jobId ? await em.findOne(ImportJob, { id: jobId }) : null;
    if (!job) {
      job = em.create(ImportJob, {
        kind: options.kind,
        dryRun: options.dryRun,
        status: 'RUNNING',
        userId: options.viewer.userId,
        actorName: options.viewer.email,
        sourceKey: options.sourceKey,
        bytesTotal,
        errors: null,
        changes: null,
        message: null,
        finishedAt: null,
      });
    } else {
      Object.assign(job, { status: 'RUNNING', sourceKey: options.sourceKey, bytesTotal });
    }
    await em.flush();
    liveJobs.set(job.id, job);
    return new ImportRun(db, job, options);
  }

  private error(e: ImportRowErrorData) {
    this.job.errorCount += 1;
    const list = (this.job.errors ??= []);
    if (list.length < IMPORT_LIMITS.maxReported) list.push(e);
  }

  private change(c: ImportRowChangeData) {
    if (c.action === 'CREATE') this.job.created += 1;
    else if (c.action === 'UPDATE') this.job.updated += 1;
    else this.job.unchanged += 1;
    const list = (this.job.changes ??= []);
    if (c.action !== 'UNCHANGED' && list.length < IMPORT_LIMITS.maxReported) list.push(c);
  }

  onBytes = (n: number) => {
    this.job.bytesProcessed = n;
  };

  /** Progress for pollers in other processes: PostgreSQL only, through a connection of its own, at most once a second. */
  private async writeProgress(force = false) {
    if (this.db.mode !== 'postgresql') return; // one embedded connection: polls read liveJobs instead
    const now = Date.now();
    if (!force && now - this.lastProgressWrite < 1000) return;
    this.lastProgressWrite = now;
    await this.db.em
      .getConnection()
      .execute(
        'update import_job set rows_processed = ?, bytes_processed = ? where id = ?',
        [this.job.rowsProcessed, this.job.bytesProcessed, this.job.id],
        'run',
      );
  }

  async run(bytes: AsyncIterable<Buffer>): Promise<IImportJob> {
    try {
      if (this.options.dryRun) {
        const em = this.db.em.fork();
        await this.process(em, bytes);
      } else {
        await this.db.em.fork().transactional(async (tx) => {
          await this.process(tx, bytes);
          if (this.job.errorCount) throw new Rollback();
          await refreshComparisonSummary(tx);
        });
      }
      this.finish(this.job.errorCount ? 'FAILED' : 'SUCCEEDED', null);
    } catch (err) {
      if (err instanceof Rollback) this.finish('FAILED', `${this.job.errorCount} row error(s): nothing was written`);
      else if (err instanceof ImportFileError) {
        this.error({ row: 0, column: null, value: null, message: err.message });
        this.finish('FAILED', err.message);
        await this.save();
        throw err;
      } else {
        const message =
          (err as { extensions?: { code?: string } }).extensions?.code === 'CONFLICT'
            ? (err as Error).message
            : 'The import failed unexpectedly: nothing was written';
        this.finish('FAILED', message);
        await this.save();
        throw err;
      }
    }
    await this.save();
    return this.job;
  }

  private finish(status: ImportStatus, message: string | null) {
    this.job.status = status;
    this.job.finishedAt = new Date();
    if (message) this.job.message = message;
    else if (status === 'SUCCEEDED') {
      this.job.message = this.options.dryRun
        ? `Dry run: ${this.job.created} would be created, ${this.job.updated} updated, ${this.job.unchanged} unchanged`
        : `${this.job.created} created, ${this.job.updated} updated, ${this.job.unchanged} unchanged`;
    } else if (this.options.dryRun) this.job.message = `${this.job.errorCount} row error(s): fix them before importing`;
  }

  /** Writes the final state of the job (outside the import's transaction, after it ended). */
  private async save() {
    const em = this.db.em.fork();
    const { id, ...data } = this.job;
    await em.nativeUpdate(
      ImportJob,
      { id },
      {
        status: data.status,
        bytesTotal: data.bytesTotal,
        bytesProcessed: data.bytesProcessed,
        rowsTotal: data.rowsTotal,
        rowsProcessed: data.rowsProcessed,
        created: data.created,
        updated: data.updated,
        unchanged: data.unchanged,
        errorCount: data.errorCount,
        errors: data.errors,
        changes: data.changes,
        message: data.message,
        finishedAt: data.finishedAt,
      },
    );
    liveJobs.delete(id);
  }

  private async process(em: EntityManager, bytes: AsyncIterable<Buffer>) {
    const lookups = new Lookups(em);
    const history = new HistoryRecorder(em, this.options.viewer, this.options.requestId, this.job.id);
    let columns: (ColumnSpec | null)[] | null = null;
    let headerText: string[] = [];
    let batch: ReadRow[] = [];
    let rows = 0;
    for await (const record of readCsv(bytes)) {
      if (!columns) {
        const mapped = mapHeader(this.handler, record.cells);
        for (const p of mapped.problems) this.error(p);
        if (mapped.problems.length) return;
        columns = mapped.columns;
        headerText = record.cells;
        continue;
      }
      rows += 1;
      if (rows > IMPORT_LIMITS.maxRows)
        throw new ImportFileError(`The file has more than ${IMPORT_LIMITS.maxRows} rows: split it into smaller files`, 413);
      batch.push(this.read(record.line, record.cells, columns, headerText));
      if (batch.length >= IMPORT_LIMITS.batchSize) {
        await this.batch(em, lookups, history, batch, headerText, columns);
        batch = [];
      }
    }
    if (!columns) {
      this.error({ row: 0, column: null, value: null, message: 'The file is empty: it needs a header row and at least one data row' });
      return;
    }
    if (batch.length) await this.batch(em, lookups, history, batch, headerText, columns);
    this.job.rowsTotal = rows;
    if (!rows) this.error({ row: 0, column: null, value: null, message: 'The file has a header but no data rows' });
  }

  private read(
    line: number,
    cells: string[],
    columns: (ColumnSpec | null)[],
    headerText: string[],
  ): ReadRow & { problems: ImportRowErrorData[] } {
    const values = new Map<string, unknown>();
    const raw = new Map<string, string>();
    const problems: ImportRowErrorData[] = [];
    if (cells.length > columns.length && cells.slice(columns.length).some((c) => c !== '')) {
      problems.push({
        row: line,
        column: null,
        value: null,
        message: `has ${cells.length} cells but the header has ${columns.length} columns`,
      });
    }
    columns.forEach((c, i) => {
      if (!c) return;
      const cell = cells[i] ?? '';
      raw.set(c.key, cell);
      if (cell === '') return values.set(c.key, null);
      try {
        values.set(c.key, c.parse(cell));
      } catch (err) {
        if (!(err instanceof CellError)) throw err;
        problems.push({ row: line, column: headerText[i] ?? c.key, value: cell, message: err.message });
      }
    });
    return { row: line, values, raw, problems };
  }

  private columnName(key: string | null, headerText: string[], columns: (ColumnSpec | null)[]): string | null {
    if (!key) return null;
    const i = columns.findIndex((c) => c?.key === key);
    return i >= 0 ? (headerText[i] ?? key) : key;
  }

  private async sourceFor(em: EntityManager, keys: string[]) {
    const missing = keys.filter((k) => !this.sources.has(k));
    if (!missing.length) return;
    const found = await em.find(Source, { key: { $in: missing } }, { fields: ['id', 'key'] });
    for (const k of missing) {
      const s = found.find((f) => f.key === k);
      this.sources.set(k, s ? { id: s.id, key: s.key } : null);
    }
  }

  private async batch(
    em: EntityManager,
    lookups: Lookups,
    history: HistoryRecorder,
    rows: (ReadRow & { problems?: ImportRowErrorData[] })[],
    headerText: string[],
    columns: (ColumnSpec | null)[],
  ) {
    const h = this.handler;
    await h.prepare(rows, lookups);
    await this.sourceFor(em, [
      ...new Set(
        rows.flatMap((r) => {
          const k = (r.values.get('source') as string | null | undefined) ?? this.options.sourceKey;
          return k ? [k] : [];
        }),
      ),
    ]);
    const now = new Date();
    const creates: PendingCreate[] = [];
    const writes: PendingWrite[] = [];

    for (const row of rows) {
      const rowProblems: ImportRowErrorData[] = [...(row.problems ?? [])];
      const problems: CellProblem[] = [];
      const resolved = await h.resolve(row, lookups, problems);
      const sourceKey = (row.values.get('source') as string | null | undefined) ?? this.options.sourceKey;
      const source = sourceKey ? this.sources.get(sourceKey) : null;
      if (!sourceKey)
        problems.push({ column: 'source', message: 'name the source of this row: a source column, or ?source=KEY for the whole file' });
      else if (!source) problems.push({ column: 'source', message: `no source has the key "${sourceKey}"` });

      let record: Json = {};
      let before: Json | null = null;
      if (resolved) {
        for (const k of resolved.uniqueKeys) {
          if (this.seen.has(k)) problems.push({ column: null, message: `duplicates an earlier row of the file (${resolved.key})` });
        }
        resolved.uniqueKeys.forEach((k) => this.seen.add(k));
        before = resolved.existing ? snapshot(resolved.existing) : null;
        record = { ...(before ?? resolved.defaults), ...resolved.fields };
        h.check(record, problems);
      }
      for (const p of problems) {
        const column = this.columnName(p.column, headerText, columns);
        rowProblems.push({ row: row.row, column, value: p.column ? (row.raw.get(p.column) ?? null) : null, message: p.message });
      }
      for (const p of rowProblems) this.error(p);
      if (rowProblems.length || !resolved || !source) continue;

      const quote = (row.values.get('quote') as string | null | undefined) ?? null;
      const linksChanged =
        resolved.links !== undefined && JSON.stringify(resolved.links.value) !== JSON.stringify(resolved.existingLinks ?? []);
      if (!resolved.existing) {
        this.change({ row: row.row, action: 'CREATE', key: resolved.key, fields: Object.keys(resolved.fields).sort() });
        creates.push({ row, record, links: resolved.links?.ids, parentId: resolved.parentId, source, quote });
        continue;
      }
      const changed = Object.keys(resolved.fields).filter(
        (f) => JSON.stringify(before![f] ?? null) !== JSON.stringify(resolved.fields[f] ?? null),
      );
      if (linksChanged) changed.push('projects');
      const id = resolved.existing.id;
      if (!changed.length) {
        this.change({ row: row.row, action: 'UNCHANGED', key: resolved.key, fields: [] });
        writes.push({ id, source, quote, change: null });
        continue;
      }
      this.change({ row: row.row, action: 'UPDATE', key: resolved.key, fields: changed.sort() });
      const changes: Json = {};
      for (const f of changed) if (f !== 'projects') changes[f] = resolved.fields[f];
      const version = resolved.existing.version;
      const linkExtra = resolved.links ? { projects: resolved.links.value } : {};
      writes.push({
        id,
        source,
        quote,
        links: linksChanged ? resolved.links!.ids : undefined,
        update: { version, changes: { ...changes, ...(h.derived && 'name' in changes ? h.derived(record) : {}) } },
        change: {
          entityType: h.type,
          entityId: id,
          action: 'UPDATE',
          before: { ...before, ...(resolved.links ? { projects: resolved.existingLinks ?? [] } : {}) },
          after: { ...before, ...changes, version: version + 1, ...linkExtra },
          parent: resolved.parentId && h.parentType ? { type: h.parentType, id: resolved.parentId } : null,
          sourceKey: source.key,
        },
      });
    }

    this.job.rowsProcessed += rows.length;
    if (!this.options.dryRun && !this.job.errorCount && !this.stopWriting) await this.write(em, history, now, creates, writes);
    else if (this.job.errorCount) this.stopWriting = true; // keep validating the rest, write nothing more
    em.clear();
    await this.writeProgress();
  }

  /** Writes one batch inside the import's transaction: bulk inserts, versioned updates, links, history, citations. */
  private async write(em: EntityManager, history: HistoryRecorder, now: Date, creates: PendingCreate[], writes: PendingWrite[]) {
    const h = this.handler;
    const changes: Change[] = [];
    const citations: { id: number; source: number; quote: string | null }[] = [];
    if (creates.length) {
      const data = creates.map((c) => ({
        ...c.record,
        ...(h.derived ? h.derived(c.record) : {}),
        version: 1,
        createdAt: now,
        updatedAt: now,
      }));
      // The driver's multi-row insert returns every new id (RETURNING), in order.
      const inserted = await em.getDriver().nativeInsertMany(h.entity as never, data as never[], { ctx: em.getTransactionContext() });
      const ids = (inserted.rows ?? []).map((r) => Number((r as { id: number }).id));
      if (ids.length !== creates.length) throw new Error(`expected ${creates.length} new ids, got ${ids.length}`);
      const links: { funding: number; project: number }[] = [];
      creates.forEach((c, i) => {
        const id = ids[i]!;
        const linkExtra = c.links ? { projects: [...((c.row.values.get('projects') as string[] | null) ?? [])].sort() } : {};
        changes.push({
          entityType: h.type,
          entityId: id,
          action: 'CREATE',
          before: null,
          after: { id, version: 1, ...c.record, ...linkExtra },
          parent: c.parentId && h.parentType ? { type: h.parentType, id: c.parentId } : null,
          sourceKey: c.source.key,
        });
        citations.push({ id, source: c.source.id, quote: c.quote });
        for (const p of c.links ?? []) links.push({ funding: id, project: p });
      });
      if (links.length) await em.insertMany(FundingProject, links);
    }
    for (const w of writes) {
      if (w.update) {
        const n = await em.nativeUpdate(
          h.entity as never,
          { id: w.id, version: w.update.version } as never,
          { ...w.update.changes, version: w.update.version + 1, updatedAt: now } as never,
        );
        if (!n)
          throw conflict(
            `A ${h.type.toLowerCase()} in the file was changed by someone else during the import: nothing was written; import again`,
          );
      }
      if (w.links) {
        await em.nativeDelete(FundingProject, { funding: w.id });
        await em.insertMany(
          FundingProject,
          w.links.map((project) => ({ funding: w.id, project })),
        );
      }
      if (w.change) changes.push(w.change);
      citations.push({ id: w.id, source: w.source.id, quote: w.quote });
    }
    await history.recordMany(changes);
    if (citations.length) {
      // One statement per batch; a citation the record already has is kept as it is.
      const values = citations.map(() => '(?, ?, ?, ?, ?)').join(', ');
      const params = citations.flatMap((c) => [c.source, h.type, String(c.id), c.quote, now]);
      await em.execute(
        `insert into citation (source_id, subject_type, subject_id, quote, created_at) values ${values} on conflict (source_id, subject_type, subject_id) do nothing`,
        params,
        'run',
      );
    }
  }
}

/** The report of a job as the API shows it: the live one while it runs in this process. */
export function currentJob(job: IImportJob): IImportJob {
  return liveJobs.get(job.id) ?? job;
}
