import {
  flexRender,
  getCoreRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnDef,
  type SortingFn,
  type SortingState,
} from '@tanstack/react-table';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CsvCell } from '../../lib/csv';
import { useLang } from '../../lib/i18n';
import { EmptyState } from './EmptyState';
import { NotReported } from './Figure';

export interface DataColumn<Row> {
  id: string;
  /** Header text, also the CSV header. */
  label: string;
  /** The cell's value for sorting and CSV: a label, never a code; null when not reported. */
  value: (row: Row) => CsvCell;
  /** How the cell shows on screen; defaults to the value, with null as "ej rapporterad". */
  render?: (row: Row) => ReactNode;
  numeric?: boolean;
}

export interface DataTableProps<Row> {
  caption: string;
  columns: readonly DataColumn<Row>[];
  rows: readonly Row[];
  getRowId: (row: Row) => string;
  /** File name for "Ladda ner CSV"; no button without it. */
  csvFilename?: string;
}

const collator = new Intl.Collator('sv', { numeric: true });

const compareCells: SortingFn<unknown> = (a, b, columnId) => {
  const x = a.getValue<CsvCell>(columnId);
  const y = b.getValue<CsvCell>(columnId);
  if (typeof x === 'number' && typeof y === 'number') return x - y;
  return collator.compare(String(x), String(y));
};

/** A sortable table whose CSV export holds every row, with the same labels as the screen. */
export function DataTable<Row>({ caption, columns, rows, getRowId, csvFilename }: DataTableProps<Row>) {
  const { t } = useTranslation();
  const lang = useLang();
  const [sorting, setSorting] = useState<SortingState>([]);

  const columnDefs = useMemo<ColumnDef<Row, CsvCell>[]>(
    () =>
      columns.map((column) => ({
        id: column.id,
        header: column.label,
        // undefined, not null, so that TanStack sorts missing figures last in both directions
        accessorFn: (row) => column.value(row) ?? undefined,
        sortingFn: compareCells as SortingFn<Row>,
        sortUndefined: 'last',
        cell: ({ row }) => {
          if (column.render) return column.render(row.original);
          const value = column.value(row.original);
          if (value === null || value === undefined) return <NotReported />;
          return typeof value === 'number' ? value.toLocaleString(lang === 'sv' ? 'sv-SE' : 'en-GB') : value;
        },
      })),
    [columns, lang],
  );

  const table = useReactTable({
    data: rows as Row[],
    columns: columnDefs,
    state: { sorting },
    onSortingChange: setSorting,
    getRowId,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
  });

  const exportCsv = async (filename: string) => {
    const sortedRows = table.getRowModel().rows.map((row) => row.original);
    const { downloadCsv, toCsv } = await import('../../lib/csv'); // the CSV writer loads on first export
    downloadCsv(filename, toCsv(columns, sortedRows, lang));
  };

  if (rows.length === 0) return <EmptyState />;

  const numericIds = new Set(columns.filter((column) => column.numeric).map((column) => column.id));

  return (
    <div className="data-table">
      {csvFilename && (
        <div className="data-table__toolbar">
          <button type="button" className="button" onClick={() => void exportCsv(csvFilename)}>
            {t('ui.exportCsv')}
          </button>
        </div>
      )}
      <div className="data-table__scroll">
        <table>
          <caption>{caption}</caption>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  const label = String(header.column.columnDef.header);
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      className={numericIds.has(header.column.id) ? 'numeric' : undefined}
                      aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                    >
                      <button
                        type="button"
                        className="data-table__sort"
                        onClick={header.column.getToggleSortingHandler()}
                        title={t('ui.sortBy', { column: label })}
                      >
                        {label}
                        <span aria-hidden="true" className="data-table__sort-mark">
                          {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                        </span>
                      </button>
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {table.getRowModel().rows.map((row) => (
              <tr key={row.id}>
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id} className={numericIds.has(cell.column.id) ? 'numeric' : undefined}>
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
