import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ImportResult } from './ImportResult';
import type { ImportReport } from './upload';

const report: ImportReport = {
  id: 'J1',
  dryRun: false,
  status: 'FAILED',
  progress: 1,
  rowsProcessed: 3,
  rowsTotal: 3,
  created: 0,
  updated: 0,
  unchanged: 0,
  errorCount: 1,
  errors: [{ row: 3, column: 'municipality_code', value: '9999', message: 'no municipality has the kommunkod 9999' }],
  changes: [],
  message: '1 row error(s): nothing was imported',
};

describe('ImportResult', () => {
  it('says that a refused import wrote nothing, with each bad cell by row and column', () => {
    render(<ImportResult result={{ kind: 'report', dryRun: false, job: report }} />);
    expect(screen.getByRole('alert').textContent).toBe('Importen avbröts. Ingenting sparades.');
    const table = screen.getByRole('table', { name: 'Fel i filen, rad för rad' });
    const row = within(table).getAllByRole('row')[1]!;
    expect(row.textContent).toBe('3municipality_code9999no municipality has the kommunkod 9999');
  });

  it('shows what a dry run would create, with the fields in the reader’s language', () => {
    const dryRun: ImportReport = {
      ...report,
      dryRun: true,
      status: 'SUCCEEDED',
      errorCount: 0,
      errors: [],
      created: 1,
      changes: [{ row: 2, action: 'CREATE', key: 'kafe-nyfiket', fields: ['name', 'kind'] }],
    };
    render(<ImportResult result={{ kind: 'report', dryRun: true, job: dryRun }} />);
    expect(screen.getByRole('status').textContent).toContain('Provkörningen hittade inga fel');
    const table = screen.getByRole('table', { name: 'Det här skulle sparas' });
    expect(within(table).getAllByRole('row')[1]?.textContent).toBe('2nykafe-nyfiketNamn, Typ');
  });

  it('says how large a file may be when it is refused as too large', () => {
    render(
      <ImportResult
        result={{ kind: 'refused', dryRun: true, messages: ['The file is larger than the limit of 64 MB'], network: false, tooLargeMb: 64 }}
      />,
    );
    expect(screen.getByRole('alert').textContent).toContain('Filen är för stor: högst 64 MB.');
  });
});
