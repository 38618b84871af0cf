import type { TFunction } from 'i18next';
import { figureNotes, figureNumber, figurePrefix, type ComparisonFigureData, type FigureBasis } from '../../components/ui/ComparisonFigure';
import type { CsvColumn } from '../../lib/csv';
import type { Lang } from '../../lib/format';

// The measures the comparison offers, in the order of the table's columns.
export const METRICS = [
  'funding',
  'projects',
  'enterprises',
  'partnershipMembers',
  'statedPartnershipSize',
  'participantsTarget',
  'participantsActual',
  'intoWorkTarget',
  'intoWorkActual',
] as const;

export type Metric = (typeof METRICS)[number];

export function isMetric(value: string | null): value is Metric {
  return (METRICS as readonly (string | null)[]).includes(value);
}

/** The parts of a comparison row this module reads (the query's row has more). */
export type ComparisonRowFigures = {
  region: { code: string; name: string; mapId: string | null };
  population: ComparisonFigureData;
} & Record<Metric, ComparisonFigureData>;

/**
 * `Finansiering (kr per invånare)`, `Projekt (per 100 000 invånare)`: a column header with its unit. On
 * screen, totals carry their unit in each cell (`1,5 mnkr`); in a CSV, amounts are plain kronor.
 */
export function metricHeader(metric: Metric, basis: FigureBasis, t: TFunction, { csv = false } = {}): string {
  const unit =
    basis === 'perInhabitant'
      ? t(metric === 'funding' ? 'comparison.unit.sekPerInhabitant' : 'comparison.unit.per100k')
      : metric === 'funding' && csv
        ? t('comparison.unit.sek')
        : null;
  const label = t(`comparison.metrics.${metric}`);
  return unit ? `${label} (${unit})` : label;
}

/**
 * The comparison table as CSV columns: the region, its population, then for each measure its number
 * (a plain number, "ej rapporterad" when missing) and what to know about it (approximate, shared,
 * "högst", how many records lack a value). Labels, not codes.
 */
export function comparisonCsvColumns(
  basis: FigureBasis,
  populationYear: number,
  t: TFunction,
  lang: Lang,
): CsvColumn<ComparisonRowFigures>[] {
  const columns: CsvColumn<ComparisonRowFigures>[] = [
    { label: t('comparison.region'), value: (row) => row.region.name },
    { label: t('comparison.population', { year: populationYear }), value: (row) => figureNumber(row.population, 'total') },
  ];
  for (const metric of METRICS) {
    columns.push(
      { label: metricHeader(metric, basis, t, { csv: true }), value: (row) => figureNumber(row[metric], basis) },
      {
        label: `${t(`comparison.metrics.${metric}`)} – ${t('comparison.csvNotes')}`,
        value: (row) => {
          const figure = row[metric];
          const prefix = figureNumber(figure, basis) === null ? '' : figurePrefix(figure, lang);
          const notes = figureNotes(figure, basis, t, { notReported: false, basis: false });
          return [prefix && t('comparison.csvBound', { bound: prefix }), ...notes].filter(Boolean).join(' ');
        },
      },
    );
  }
  return columns;
}
