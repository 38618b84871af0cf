import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { ComparisonFigure_FigureFragment } from '../../gql/graphql';
import { comparisonPrefix, formatText, parseDecimal, SHARED_MARK, type Lang } from '../../lib/format';
import { useLang } from '../../lib/i18n';
import { Figure, formatFigure, type FigureKind } from './Figure';
import { SourcesButton } from './Sources';

// A figure of the region comparison or the funding breakdown: reported, approximate, shared or not
// reported, with the records and sources it is computed from.

export const ComparisonFigureFragment = graphql(`
  fragment ComparisonFigure_figure on ComparisonFigure {
    value
    status
    approximate
    shared
    comparison
    unit
    recordCount
    unreportedCount
    note
    perInhabitant {
      value
      status
      basis
      populationYear
    }
    sources {
      ...Sources_citation
    }
  }
`);

export type ComparisonFigureData = ComparisonFigure_FigureFragment;

/** Totals, or relative to the population (kr per inhabitant, counts per 100 000 inhabitants). */
export type FigureBasis = 'total' | 'perInhabitant';

/** The number shown for the basis; null when not reported (never 0). */
export function figureNumber(figure: ComparisonFigureData, basis: FigureBasis): number | null {
  return parseDecimal(basis === 'total' ? figure.value : (figure.perInhabitant?.value ?? null));
}

/** How the number is written: `1,5 mnkr`, `12 345`, `180,7 kr/invånare`, `2,3 per 100 000 inv.` */
export function figureKind(
  figure: Pick<ComparisonFigureData, 'unit'>,
  basis: FigureBasis,
  { compact = true, unitInHeader = false } = {},
): FigureKind {
  if (basis === 'perInhabitant' && unitInHeader) return 'decimal';
  if (figure.unit === 'SEK') return basis === 'total' ? (compact ? 'sekCompact' : 'sek') : 'sekPerInhabitant';
  return basis === 'total' ? 'integer' : 'per100k';
}

/** `högst`, `minst`, `nästan` before the number; "ca" is part of the figure itself. */
export function figurePrefix(figure: Pick<ComparisonFigureData, 'comparison'>, lang: Lang): string {
  return figure.comparison === 'APPROXIMATELY' || figure.comparison === 'EXACTLY' ? '' : comparisonPrefix(figure.comparison, lang);
}

/** The figure as one line of text with its marks, for a chart label: `högst 648`, `ca 54 mnkr †`. */
export function figureText(figure: ComparisonFigureData, value: number, kind: FigureKind, lang: Lang): string {
  const prefix = figurePrefix(figure, lang);
  const text = formatFigure(value, kind, lang);
  // "nästan 30" is approximate already: no "ca" beside a bound
  return [prefix, figure.approximate && !prefix ? formatText(lang).approx : '', text, figure.shared ? SHARED_MARK : '']
    .filter(Boolean)
    .join(' ');
}

export interface FigureNotesOptions {
  /** Say that the figure was not reported (default true; a CSV says so in the value column). */
  notReported?: boolean;
  /** Say which population a per-inhabitant figure uses (default true). */
  basis?: boolean;
}

/** What a reader should know about the figure, in the page's language. */
export function figureNotes(figure: ComparisonFigureData, basis: FigureBasis, t: TFunction, options: FigureNotesOptions = {}): string[] {
  const notes: string[] = [];
  if (figure.status === 'NOT_REPORTED' && options.notReported !== false) notes.push(t('figure.notReported'));
  if (basis === 'perInhabitant' && figure.status !== 'NOT_REPORTED' && figure.perInhabitant?.status === 'NOT_REPORTED') {
    notes.push(t('figure.noPopulation'));
  }
  if (figure.approximate) notes.push(t('figure.approximate'));
  if (figure.shared) notes.push(t('figure.shared'));
  if (figure.unreportedCount > 0) notes.push(t('figure.unreported', { count: figure.unreportedCount, total: figure.recordCount }));
  if (basis === 'perInhabitant' && figure.perInhabitant && options.basis !== false) {
    notes.push(
      t(figure.perInhabitant.basis === 'PER_INHABITANT' ? 'figure.perInhabitantBasis' : 'figure.per100kBasis', {
        year: figure.perInhabitant.populationYear,
      }),
    );
  }
  return notes;
}

export interface ComparisonFigureCellProps {
  figure: ComparisonFigureData;
  basis: FigureBasis;
  /** What the figure is, for the sources panel: "Finansiering, Örebro län". */
  subject: string;
  /** The column header gives the unit of a per-inhabitant figure, so the cell shows the number alone. */
  unitInHeader?: boolean;
}

/** The figure, its marks (ca, †, högst) and a button to its sources. */
export function ComparisonFigureCell({ figure, basis, subject, unitInHeader = false }: ComparisonFigureCellProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const value = figureNumber(figure, basis);
  const prefix = value === null ? '' : figurePrefix(figure, lang);
  const notes = figureNotes(figure, basis, t);
  return (
    <>
      <SourcesButton subject={subject} citations={figure.sources} details={notes} note={figure.note}>
        {prefix && `${prefix} `}
        <Figure
          value={value}
          kind={figureKind(figure, basis, { unitInHeader })}
          approximate={figure.approximate && !prefix}
          shared={figure.shared}
        />
      </SourcesButton>
      {figure.unreportedCount > 0 && value !== null && (
        <span className="cell-note">{t('figure.unreportedShort', { count: figure.unreportedCount })}</span>
      )}
    </>
  );
}
