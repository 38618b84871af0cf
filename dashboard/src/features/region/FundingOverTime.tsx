import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { BarChart } from '../../components/ui/BarChart';
import { ComparisonFigureCell, figureNumber, figureText, type ComparisonFigureData } from '../../components/ui/ComparisonFigure';
import { DataTable, type DataColumn } from '../../components/ui/DataTable';
import { EmptyState } from '../../components/ui/EmptyState';
import { formatFigure, SharedFootnote } from '../../components/ui/Figure';
import { graphql } from '../../gql';
import type { FundingOverTime_BreakdownFragment } from '../../gql/graphql';
import { useLang } from '../../lib/i18n';

export const FundingOverTimeBreakdownFragment = graphql(`
  fragment FundingOverTime_breakdown on FundingBreakdown {
    rows {
      year
      fundingCount
      amount {
        ...ComparisonFigure_figure
      }
    }
    total {
      ...ComparisonFigure_figure
    }
  }
`);

type Row = FundingOverTime_BreakdownFragment['rows'][number];

/** Funding per year as a bar chart and a table; a funding over several years counts whole in each (marked †). */
export function FundingOverTime({ breakdown, regionName }: { breakdown: FundingOverTime_BreakdownFragment; regionName: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const yearLabel = useCallback((year: number | null) => (year === null ? t('views.region.yearNotReported') : String(year)), [t]);

  const bars = useMemo(
    () =>
      breakdown.rows.map((row) => {
        const value = figureNumber(row.amount, 'total');
        return {
          id: String(row.year ?? 'none'),
          label: yearLabel(row.year),
          value,
          text: value === null ? undefined : figureText(row.amount, value, 'sekCompact', lang),
        };
      }),
    [breakdown.rows, yearLabel, lang],
  );

  const columns = useMemo<DataColumn<Row>[]>(
    () => [
      { id: 'year', label: t('views.region.year'), value: (row) => row.year, render: (row) => yearLabel(row.year) },
      {
        id: 'amount',
        label: t('views.region.amount'),
        numeric: true,
        value: (row) => figureNumber(row.amount, 'total'),
        render: (row) => (
          <ComparisonFigureCell
            figure={row.amount}
            basis="total"
            subject={`${t('views.region.amount')}, ${regionName}, ${yearLabel(row.year)}`}
          />
        ),
      },
      { id: 'count', label: t('views.region.fundingCount'), numeric: true, value: (row) => row.fundingCount },
    ],
    [t, regionName, yearLabel],
  );

  if (breakdown.rows.length === 0) return <EmptyState title={t('views.region.fundingEmpty')} />;
  const total: ComparisonFigureData = breakdown.total;

  return (
    <>
      <p className="total-line">
        <span>{t('views.region.fundingTotal')}: </span>
        <strong>
          <ComparisonFigureCell figure={total} basis="total" subject={`${t('views.region.fundingTotal')}, ${regionName}`} />
        </strong>
      </p>
      <BarChart
        title={t('views.region.fundingChart', { region: regionName })}
        data={bars}
        labelHeader={t('views.region.year')}
        valueLabel={t('views.region.amount')}
        formatValue={(value) => formatFigure(value, 'sekCompact', lang)}
      />
      <DataTable
        caption={t('views.region.fundingTable', { region: regionName })}
        columns={columns}
        rows={breakdown.rows}
        getRowId={(row) => String(row.year ?? 'none')}
      />
      {breakdown.rows.some((row) => row.amount.shared) && <SharedFootnote />}
      <p className="footnote">{t('views.region.fundingYearsNote')}</p>
    </>
  );
}
