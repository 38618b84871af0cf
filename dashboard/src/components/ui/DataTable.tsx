import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CsvCell, CsvColumn } from '../../lib/csv';
import { useLang } from '../../lib/i18n';
import { EmptyState } from './EmptyState';
import { NotReported } from './Figure';

// Sorting is done here rather than with a table library: the comparison table is on the start page,
// whose script must stay under 200 kB gzip, and sorting a few hundred rows needs no more than this.

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

export interface Sorting {
  /** The column's id. */
  id: string;
  desc: boolean;
}

export interface DataTableProps<Row> {
  caption: string;
  columns: readonly DataColumn<Row>[];
  rows: readonly Row[];
  getRowId: (row: Row) => string;
  /** File name for "Ladda ner CSV"; no button without it. */
  csvFilename?: string;
  /** Columns of the CSV when it should say more than the screen (notes beside figures); the table's by default. */
  csvColumns?: readonly CsvColumn<Row>[];
  /** How the rows are sorted at first, e.g. `{ id: 'name', desc: false }`. */
  initialSorting?: Sorting;
  /** Shown instead of the table when there are no rows. */
  empty?: string;
}

const collator = new Intl.Collator('sv', { numeric: true });

function isMissing(value: CsvCell): value is null | undefined {
  return value === null || value === undefined || (typeof value === 'number' && Number.isNaN(value));
}

/** Rows in the order of a column; a missing value ("ej rapporterad") comes last in both directions. */
export function sortRows<Row>(rows: readonly Row[], column: DataColumn<Row>, desc: boolean): Row[] {
  const keyed = rows.map((row, index) => ({ row, index, value: column.value(row) }));
  keyed.sort((a, b) => {
    if (isMissing(a.value) || isMissing(b.value)) {
      if (isMissing(a.value) && isMissing(b.value)) return a.index - b.index;
      return isMissing(a.value) ? 1 : -1;
    }
    const order =
      typeof a.value === 'number' && typeof b.value === 'number' ? a.value - b.value : collator.compare(String(a.value), String(b.value));
    return (desc ? -order : order) || a.index - b.index;
  });
  return keyed.map((item) => item.row);
}

/** A sortable table whose CSV export holds every row, in the order shown, with the same labels as the screen. */
export function DataTable<Row>({ caption, columns, rows, getRowId, csvFilename, csvColumns, initialSorting, empty }: DataTableProps<Row>) {
  const { t } = useTranslation();
  const lang = useLang();
  const [sorting, setSorting] = useState<Sorting | null>(initialSorting ?? null);

  const sortedRows = useMemo(() => {
    const column = sorting && columns.find((candidate) => candidate.id === sorting.id);
    return column ? sortRows(rows, column, sorting.desc) : [...rows];
  }, [rows, columns, sorting]);

  // Numbers sort largest first on the first click, text A–Ö; the third click restores the original order.
  const toggle = (column: DataColumn<Row>) => {
    const first = Boolean(column.numeric);
    if (sorting?.id !== column.id) setSorting({ id: column.id, desc: first });
    else if (sorting.desc === first) setSorting({ id: column.id, desc: !first });
    else setSorting(null);
  };

  const exportCsv = async (filename: string) => {
    const { downloadCsv, toCsv } = await import('../../lib/csv'); // the CSV writer loads on first export
    downloadCsv(filename, toCsv(csvColumns ?? columns, sortedRows, lang));
  };

  if (rows.length === 0) return <EmptyState title={empty} />;

  const cell = (column: DataColumn<Row>, row: Row): ReactNode => {
    if (column.render) return column.render(row);
    const value = column.value(row);
    if (isMissing(value)) return <NotReported />;
    return typeof value === 'number' ? value.toLocaleString(lang === 'sv' ? 'sv-SE' : 'en-GB') : value;
  };

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
            <tr>
              {columns.map((column) => {
                const sorted = sorting?.id === column.id ? (sorting.desc ? 'desc' : 'asc') : false;
                return (
                  <th
                    key={column.id}
                    scope="col"
                    className={column.numeric ? 'numeric' : undefined}
                    aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                  >
                    <button
                      type="button"
                      className="data-table__sort"
                      onClick={() => toggle(column)}
                      title={t('ui.sortBy', { column: column.label })}
                    >
                      {column.label}
                      <span aria-hidden="true" className="data-table__sort-mark">
                        {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                      </span>
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {sortedRows.map((row) => (
              <tr key={getRowId(row)}>
                {columns.map((column, index) =>
                  index === 0 ? (
                    <th key={column.id} scope="row" className={column.numeric ? 'numeric' : undefined}>
                      {cell(column, row)}
                    </th>
                  ) : (
                    <td key={column.id} className={column.numeric ? 'numeric' : undefined}>
                      {cell(column, row)}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
