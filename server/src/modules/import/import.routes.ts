import { Router, type Request, type Response } from 'express';
import type { Database } from '../../db/orm.js';
import { EDITORS } from '../auth/auth.policy.js';
import { fromOpaqueId } from '../auth/opaque-ids.js';
import { authenticate } from '../auth/viewer.js';
import { Source } from '../source/source.entity.js';
import { ImportFileError } from './import.csv.js';
import { IMPORT_KINDS, ImportJob, type ImportKind } from './import.entity.js';
import { importJobView } from './import.resolver.js';
import { IMPORT_LIMITS, ImportRun, limitBytes } from './import.runner.js';
import { templateCsv } from './import.templates.js';

function fail(res: Response, status: number, code: string, message: string, extra: Record<string, unknown> = {}) {
  res.status(status).json({ errors: [{ message, extensions: { code, ...extra } }] });
}

function isKind(value: string): value is ImportKind {
  return (IMPORT_KINDS as readonly string[]).includes(value);
}

/** Refuses the rest of an upload that will not be read: answer now and close the connection. */
function refuseBody(req: Request, res: Response) {
  res.setHeader('connection', 'close');
  res.on('finish', () => req.destroy());
}

/**
 * CSV import over HTTP, for scripts (Authorization: Bearer <API token>) and the dashboard (session cookie):
 *
 *   GET  /import/templates/{kind}.csv[?lang=sv]         a template to fill in
 *   POST /import/{kind}?dryRun=1[&source=KEY][&job=ID]  validate only: row errors, what would change
 *   POST /import/{kind}[?source=KEY][&job=ID]            import: all rows in one transaction, or none
 *
 * The body is the CSV itself (Content-Type: text/csv), UTF-8 with or without BOM, `;` or `,` separated.
 * Answers { job } (see the ImportJob type): 200, or 422 when a commit was refused for row errors.
 */
export function importRouter(db: Database): Router {
  const router = Router();

  router.get('/templates/:file', (req, res) => {
    const kind = req.params.file.replace(/\.csv$/, '');
    if (!isKind(kind) || !req.params.file.endsWith('.csv'))
      return fail(
        res,
        404,
        'NOT_FOUND',
        `No template "${req.params.file}": the templates are ${IMPORT_KINDS.map((k) => `${k}.csv`).join(', ')}`,
      );
    const lang = req.query.lang === 'sv' ? 'sv' : 'en';
    res
      .type('text/csv; charset=utf-8')
      .attachment(`${kind}${lang === 'sv' ? '-sv' : ''}.csv`)
      .send(templateCsv(kind, lang));
  });

  router.post('/:kind', async (req, res, next) => {
    try {
      const kind = req.params.kind;
      if (!isKind(kind)) {
        refuseBody(req, res);
        return fail(res, 404, 'NOT_FOUND', `No import of "${kind}": the kinds are ${IMPORT_KINDS.join(', ')}`);
      }
      const { viewer, error } = await authenticate(db.em.fork(), { authorization: req.headers.authorization, cookie: req.headers.cookie });
      if (!viewer) {
        refuseBody(req, res);
        return fail(res, 401, 'UNAUTHENTICATED', error?.message ?? 'Sign in (or send an API token) to import data');
      }
      if (!EDITORS.includes(viewer.role)) {
        refuseBody(req, res);
        return fail(res, 403, 'FORBIDDEN', `Your role (${viewer.role}) may not import data`);
      }
      const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
      if (type !== 'text/csv' && type !== 'application/csv') {
        refuseBody(req, res);
        return fail(res, 415, 'UNSUPPORTED_MEDIA_TYPE', 'Send the CSV file itself as the body, with Content-Type: text/csv');
      }
      const length = req.headers['content-length'] ? Number(req.headers['content-length']) : null;
      if (length !== null && length > IMPORT_LIMITS.maxBytes) {
        refuseBody(req, res);
        return fail(
          res,
          413,
          'PAYLOAD_TOO_LARGE',
          `The file is larger than the limit of ${Math.round(IMPORT_LIMITS.maxBytes / (1024 * 1024))} MB: split it into smaller files`,
          { limitBytes: IMPORT_LIMITS.maxBytes },
        );
      }
      const dryRun = req.query.dryRun === '1' || req.query.dryRun === 'true';
      let sourceKey = typeof req.query.source === 'string' && req.query.source ? req.query.source : null;
      let jobId: number | null = null;
      if (typeof req.query.job === 'string') {
        const em = db.em.fork();
        let job = null;
        try {
          job = await em.findOne(ImportJob, { id: fromOpaqueId(req.query.job, 'ImportJob', 'job') });
        } catch {
          job = null;
        }
        if (!job || job.userId !== viewer.userId || job.status !== 'PENDING' || job.kind !== kind || job.dryRun !== dryRun) {
          refuseBody(req, res);
          return fail(
            res,
            400,
            'BAD_USER_INPUT',
            'job must be a PENDING import job of yours, created with createImportJob for this kind and dryRun',
            { field: 'job' },
          );
        }
        jobId = job.id;
        sourceKey ??= job.sourceKey ?? null;
      }
      if (sourceKey && !(await db.em.fork().count(Source, { key: sourceKey }))) {
        refuseBody(req, res);
        return fail(res, 400, 'BAD_USER_INPUT', `No source has the key "${sourceKey}"`, { field: 'source' });
      }
      const run = await ImportRun.start(db, { kind, dryRun, viewer, sourceKey, requestId: String(req.id) }, length, jobId);
      try {
        const job = await run.run(limitBytes(req, IMPORT_LIMITS.maxBytes, run.onBytes));
        res.status(dryRun || job.status === 'SUCCEEDED' ? 200 : 422).json({ job: importJobView(job) });
      } catch (err) {
        if (!(err instanceof ImportFileError)) throw err;
        if (err.httpStatus === 413) refuseBody(req, res);
        fail(res, err.httpStatus, err.httpStatus === 413 ? 'PAYLOAD_TOO_LARGE' : 'BAD_USER_INPUT', err.message, {
          job: importJobView(run.job),
        });
      }
    } catch (err) {
      next(err);
    }
  });

  return router;
}
