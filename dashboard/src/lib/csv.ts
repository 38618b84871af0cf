import Papa from 'papaparse';
import { formatText, type Lang } from './format';

// CSV for Swedish Excel: UTF-8 with a byte-order mark, `;` between fields, decimal comma,
// CRLF line ends. Columns carry labels (not codes); a missing figure reads "ej rapporterad".

export type CsvCell = string | number | null | undefined;

export interface CsvColumn<Row> {
  label: string;
  value: (row: Row) => CsvCell;
}

const BOM = '\uFEFF';

function cell(value: CsvCell, lang: Lang): string {
  if (value === null || value === undefined || (typeof value === 'number' && Number.isNaN(value))) {
    return formatText(lang).notReported;
  }
  if (typeof value === 'number') {
    // No digit grouping (Excel would read it as text) and an ASCII minus sign.
    return value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 10 }).replace('.', ',');
  }
  // A label that Excel would run as a formula is kept as text.
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function toCsv<Row>(columns: readonly CsvColumn<Row>[], rows: readonly Row[], lang: Lang = 'sv'): string {
  const body = Papa.unparse(
    {
      fields: columns.map((column) => column.label),
      data: rows.map((row) => columns.map((column) => cell(column.value(row), lang))),
    },
    { delimiter: ';', newline: '\r\n' },
  );
  return BOM + body + '\r\n';
}

/** Offers the text as a file download in the browser. */
export function downloadCsv(filename: string, csv: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename.endsWith('.csv') ? filename : `${filename}.csv`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
