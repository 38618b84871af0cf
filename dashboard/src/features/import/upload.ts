// The CSV itself goes to the API's HTTP route (POST /import/{kind}, text/csv body), not through GraphQL;
// the answer is JSON: { job } (200, or 422 when a commit was refused), or { errors } (400, 401, 403, 413, ...).

export interface ImportRowError {
  row: number;
  column: string | null;
  value: string | null;
  message: string;
}

export interface ImportRowChange {
  row: number;
  action: 'CREATE' | 'UPDATE' | 'UNCHANGED';
  key: string;
  fields: string[];
}

/** An import job's report, as both the HTTP answer and the GraphQL `ImportJob` give it. */
export interface ImportReport {
  id: string;
  dryRun: boolean;
  status: 'PENDING' | 'RUNNING' | 'SUCCEEDED' | 'FAILED';
  progress: number | null;
  rowsProcessed: number;
  rowsTotal: number | null;
  created: number;
  updated: number;
  unchanged: number;
  errorCount: number;
  errors: readonly ImportRowError[];
  changes: readonly ImportRowChange[];
  message: string | null;
}

export type UploadOutcome =
  | { kind: 'report'; httpStatus: number; job: ImportReport }
  | { kind: 'refused'; httpStatus: number; code: string | null; message: string; limitBytes: number | null; job: ImportReport | null }
  | { kind: 'network' };

const STATUSES = ['PENDING', 'RUNNING', 'SUCCEEDED', 'FAILED'] as const;
const ACTIONS = ['CREATE', 'UPDATE', 'UNCHANGED'] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const num = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);
const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);

function readRowError(value: unknown): ImportRowError | null {
  if (!isRecord(value)) return null;
  const row = num(value.row);
  const message = str(value.message);
  if (row === null || message === null) return null;
  return { row, column: str(value.column), value: str(value.value), message };
}

function readRowChange(value: unknown): ImportRowChange | null {
  if (!isRecord(value)) return null;
  const row = num(value.row);
  const key = str(value.key);
  const action = ACTIONS.find((a) => a === value.action);
  if (row === null || key === null || !action) return null;
  const fields = Array.isArray(value.fields) ? value.fields.filter((f): f is string => typeof f === 'string') : [];
  return { row, key, action, fields };
}

/** Reads a job from JSON, checking each part; null when it is not one. */
export function readImportReport(value: unknown): ImportReport | null {
  if (!isRecord(value)) return null;
  const id = str(value.id);
  const status = STATUSES.find((s) => s === value.status);
  if (!id || !status) return null;
  return {
    id,
    dryRun: value.dryRun === true,
    status,
    progress: num(value.progress),
    rowsProcessed: num(value.rowsProcessed) ?? 0,
    rowsTotal: num(value.rowsTotal),
    created: num(value.created) ?? 0,
    updated: num(value.updated) ?? 0,
    unchanged: num(value.unchanged) ?? 0,
    errorCount: num(value.errorCount) ?? 0,
    errors: Array.isArray(value.errors) ? value.errors.map(readRowError).filter((e): e is ImportRowError => e !== null) : [],
    changes: Array.isArray(value.changes) ? value.changes.map(readRowChange).filter((c): c is ImportRowChange => c !== null) : [],
    message: str(value.message),
  };
}

/** Reads the HTTP answer to an upload. */
export function readUploadAnswer(httpStatus: number, body: unknown): UploadOutcome {
  const job = isRecord(body) ? readImportReport(body.job) : null;
  if (job && (httpStatus === 200 || httpStatus === 422)) return { kind: 'report', httpStatus, job };
  const error = isRecord(body) && Array.isArray(body.errors) && isRecord(body.errors[0]) ? body.errors[0] : null;
  const extensions = error && isRecord(error.extensions) ? error.extensions : {};
  return {
    kind: 'refused',
    httpStatus,
    code: str(extensions.code),
    message: str(error?.message) ?? `HTTP ${httpStatus}`,
    limitBytes: num(extensions.limitBytes),
    job: readImportReport(extensions.job),
  };
}

/** POST /import/{kind}?dryRun=1&source=KEY&job=ID with the file as the body. */
export async function uploadCsv(url: string, file: Blob): Promise<UploadOutcome> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'text/csv; charset=utf-8' },
      body: file,
      credentials: 'same-origin',
    });
  } catch {
    return { kind: 'network' };
  }
  const body: unknown = await response.json().catch(() => null);
  return readUploadAnswer(response.status, body);
}

/** True when the bytes are UTF-8 (with or without a byte order mark). */
export function isUtf8(bytes: ArrayBuffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** The upload address of a kind with its parameters. */
export function uploadUrl(
  base: string,
  { dryRun, sourceKey, jobId }: { dryRun: boolean; sourceKey: string | null; jobId: string | null },
): string {
  const params = new URLSearchParams();
  if (dryRun) params.set('dryRun', '1');
  if (sourceKey) params.set('source', sourceKey);
  if (jobId) params.set('job', jobId);
  const query = params.toString();
  return query ? `${base}?${query}` : base;
}
