import {
  formatDecimal,
  formatInteger,
  formatPer100k,
  formatSek,
  formatSekPerInhabitant,
  formatText,
  SHARED_MARK,
  type Lang,
} from '../../lib/format';
import { useLang } from '../../lib/i18n';

export type FigureKind = 'integer' | 'decimal' | 'sek' | 'sekCompact' | 'sekPerInhabitant' | 'per100k';

const FORMAT: Record<FigureKind, (value: number, lang: Lang) => string> = {
  integer: (value, lang) => formatInteger(value, { lang }),
  decimal: (value, lang) => formatDecimal(value, 2, { lang }),
  sek: (value, lang) => formatSek(value, { lang }),
  sekCompact: (value, lang) => formatSek(value, { lang, compact: true }),
  sekPerInhabitant: (value, lang) => formatSekPerInhabitant(value, { lang }),
  per100k: (value, lang) => formatPer100k(value, { lang }),
};

/** The figure as text, e.g. for a chart's axis and labels. */
export function formatFigure(value: number, kind: FigureKind, lang: Lang): string {
  return FORMAT[kind](value, lang);
}

/** "ej rapporterad": the sources do not give the figure. Looks unlike any number, 0 included. */
export function NotReported() {
  const text = formatText(useLang());
  return (
    <span className="not-reported" title={text.notReportedTitle}>
      {text.notReported}
    </span>
  );
}

export interface FigureProps {
  value: number | null | undefined;
  kind?: FigureKind;
  /** The source gives the figure as approximate. */
  approximate?: boolean;
  /** The amount is shared by several parties (explained by <SharedFootnote />). */
  shared?: boolean;
}

/** A figure as a Swedish (or English) reader expects it, with its caveats marked. */
export function Figure({ value, kind = 'integer', approximate = false, shared = false }: FigureProps) {
  const lang = useLang();
  const text = formatText(lang);
  if (value === null || value === undefined || Number.isNaN(value)) return <NotReported />;
  return (
    <span className={approximate ? 'figure figure--approx' : 'figure'} title={approximate ? text.approxTitle : undefined}>
      {approximate && `${text.approx} `}
      {FORMAT[kind](value, lang)}
      {shared && (
        <sup className="figure__shared" title={text.shared}>
          <span aria-hidden="true">{SHARED_MARK}</span>
          <span className="visually-hidden"> ({text.sharedShort})</span>
        </sup>
      )}
    </span>
  );
}

/** The footnote that explains the shared-amount mark. */
export function SharedFootnote() {
  const text = formatText(useLang());
  return (
    <p className="footnote">
      <span aria-hidden="true">{SHARED_MARK}</span> {text.shared}
    </p>
  );
}
