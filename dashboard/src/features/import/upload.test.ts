import { describe, expect, it } from 'vitest';
import { isUtf8, readUploadAnswer, uploadUrl } from './upload';

const job = {
  id: 'SW1wb3J0Sm9iOjE',
  kind: 'ORGANISATIONS',
  dryRun: true,
  status: 'SUCCEEDED',
  progress: 1,
  rowsProcessed: 2,
  rowsTotal: 2,
  created: 1,
  updated: 0,
  unchanged: 0,
  errorCount: 1,
  errors: [{ row: 3, column: 'org_number', value: '556036-0794', message: '"556036-0794" is not a valid Swedish organisationsnummer' }],
  changes: [{ row: 2, action: 'CREATE', key: 'kafe-nyfiket', fields: ['name', 'kind'] }],
  message: null,
};

describe('readUploadAnswer', () => {
  it('reads a dry run’s report: row errors and what would change', () => {
    const outcome = readUploadAnswer(200, { job });
    expect(outcome.kind).toBe('report');
    if (outcome.kind !== 'report') return;
    expect(outcome.job.errors).toEqual([
      { row: 3, column: 'org_number', value: '556036-0794', message: '"556036-0794" is not a valid Swedish organisationsnummer' },
    ]);
    expect(outcome.job.changes[0]).toEqual({ row: 2, action: 'CREATE', key: 'kafe-nyfiket', fields: ['name', 'kind'] });
  });

  it('reads a refused commit (422) as a report whose job failed', () => {
    const outcome = readUploadAnswer(422, { job: { ...job, dryRun: false, status: 'FAILED' } });
    expect(outcome).toMatchObject({ kind: 'report', httpStatus: 422, job: { status: 'FAILED', dryRun: false } });
  });

  it('reads a file over the limit (413) with the limit', () => {
    const outcome = readUploadAnswer(413, {
      errors: [{ message: 'The file is larger than the limit of 64 MB', extensions: { code: 'PAYLOAD_TOO_LARGE', limitBytes: 67108864 } }],
    });
    expect(outcome).toEqual({
      kind: 'refused',
      httpStatus: 413,
      code: 'PAYLOAD_TOO_LARGE',
      message: 'The file is larger than the limit of 64 MB',
      limitBytes: 67108864,
      job: null,
    });
  });

  it('does not take a malformed answer for a report', () => {
    expect(readUploadAnswer(200, { job: { id: 'x', status: 'DONE' } }).kind).toBe('refused');
    expect(readUploadAnswer(502, null)).toMatchObject({ kind: 'refused', message: 'HTTP 502' });
  });
});

describe('uploadUrl', () => {
  it('adds the dry run, the file’s source and the job to poll', () => {
    expect(uploadUrl('/import/fundings', { dryRun: true, sourceKey: 'seed-003', jobId: 'J1' })).toBe(
      '/import/fundings?dryRun=1&source=seed-003&job=J1',
    );
    expect(uploadUrl('/import/fundings', { dryRun: false, sourceKey: null, jobId: null })).toBe('/import/fundings');
  });
});

describe('isUtf8', () => {
  it('tells UTF-8 from Latin-1', () => {
    expect(isUtf8(new TextEncoder().encode('namn;typ\nKafé;COMPANY\n').buffer)).toBe(true);
    expect(isUtf8(new Uint8Array([0x4b, 0x61, 0x66, 0xe9, 0x0a]).buffer)).toBe(false);
  });
});
