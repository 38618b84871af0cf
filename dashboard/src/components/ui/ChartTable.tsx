import { useTranslation } from 'react-i18next';
import { NotReported } from './Figure';

export interface ChartTableRow {
  id: string;
  label: string;
  value: number | null;
  text?: string;
}

interface ChartTableProps {
  caption: string;
  labelHeader: string;
  valueHeader: string;
  rows: readonly ChartTableRow[];
  formatValue: (value: number) => string;
  onSelect?: (id: string) => void;
}

/** The data behind a chart, as a table: the chart's text alternative, and its keyboard route. */
export function ChartTable({ caption, labelHeader, valueHeader, rows, formatValue, onSelect }: ChartTableProps) {
  const { t } = useTranslation();
  return (
    <details className="chart-table">
      <summary>{t('ui.showTable')}</summary>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{labelHeader}</th>
            <th scope="col" className="numeric">
              {valueHeader}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">
                {onSelect ? (
                  <button type="button" className="link-button" onClick={() => onSelect(row.id)}>
                    {row.label}
                  </button>
                ) : (
                  row.label
                )}
              </th>
              <td className="numeric">{row.value === null ? <NotReported /> : (row.text ?? formatValue(row.value))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
