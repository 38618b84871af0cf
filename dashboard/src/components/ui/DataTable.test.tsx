import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DataTable, type DataColumn } from './DataTable';

interface Region {
  code: string;
  name: string;
  funding: number | null;
}

const regions: Region[] = [
  { code: 'SE.OR', name: 'Örebro län', funding: 2_500_000.5 },
  { code: 'SE.VN', name: 'Västernorrlands län', funding: null },
  { code: 'SE.GV', name: 'Gävleborgs län', funding: 0 },
];

const columns: DataColumn<Region>[] = [
  { id: 'name', label: 'Region', value: (region) => region.name },
  { id: 'funding', label: 'Medel (kr)', value: (region) => region.funding, numeric: true },
];

describe('DataTable', () => {
  let blobs: Blob[];
  let downloads: string[];

  beforeEach(() => {
    blobs = [];
    downloads = [];
    vi.stubGlobal(
      'URL',
      Object.assign(URL, {
        createObjectURL: (blob: Blob) => {
          blobs.push(blob);
          return 'blob:atlas';
        },
        revokeObjectURL: () => {},
      }),
    );
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push(this.download);
    });
  });

  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  it('shows "ej rapporterad" for a missing figure and 0 for zero', () => {
    render(<DataTable caption="Medel per region" columns={columns} rows={regions} getRowId={(r) => r.code} />);
    const rows = screen.getAllByRole('row');
    expect(rows[2]?.textContent).toBe('Västernorrlands länej rapporterad');
    expect(rows[3]?.textContent).toBe('Gävleborgs län0');
  });

  it('sorts numbers largest first, then smallest first, with "ej rapporterad" last both ways', () => {
    render(<DataTable caption="Medel per region" columns={columns} rows={regions} getRowId={(r) => r.code} />);
    const sortByFunding = screen.getByRole('button', { name: /Medel/ });
    const names = () =>
      screen
        .getAllByRole('row')
        .slice(1)
        .map((row) => row.querySelector('th')?.textContent);
    fireEvent.click(sortByFunding);
    expect(names()).toEqual(['Örebro län', 'Gävleborgs län', 'Västernorrlands län']);
    expect(screen.getByRole('columnheader', { name: /Medel/ }).getAttribute('aria-sort')).toBe('descending');
    fireEvent.click(sortByFunding);
    expect(names()).toEqual(['Gävleborgs län', 'Örebro län', 'Västernorrlands län']);
    fireEvent.click(sortByFunding);
    expect(names()).toEqual(['Örebro län', 'Västernorrlands län', 'Gävleborgs län']);
  });

  it('downloads every row as Swedish Excel CSV in the order shown', async () => {
    render(<DataTable caption="Medel per region" columns={columns} rows={regions} getRowId={(r) => r.code} csvFilename="medel" />);
    fireEvent.click(screen.getByRole('button', { name: /Region/ })); // sort by name
    fireEvent.click(screen.getByRole('button', { name: 'Ladda ner CSV' }));

    await waitFor(() => expect(downloads).toEqual(['medel.csv']));
    const bytes = new Uint8Array(await blobs[0]!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text).toBe(
      '\uFEFFRegion;Medel (kr)\r\n' + 'Gävleborgs län;0\r\n' + 'Västernorrlands län;ej rapporterad\r\n' + 'Örebro län;2500000,5\r\n',
    );
  });
});
