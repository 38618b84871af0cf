// The one place where figures and dates become text. Swedish by default; every function also
// takes the language so the English view reads naturally. Missing figures (null) never become 0.

export type Lang = 'sv' | 'en';

export interface FormatOptions {
  lang?: Lang;
  /** The source gives the figure as approximate ("ca 2 mnkr"). */
  approximate?: boolean;
}

export interface AmountOptions extends FormatOptions {
  /** Amounts of a million kronor or more read as "1,5 mnkr". */
  compact?: boolean;
}

const LOCALE: Record<Lang, string> = { sv: 'sv-SE', en: 'en-GB' };

const TEXT = {
  sv: {
    notReported: 'ej rapporterad',
    notReportedTitle: 'Uppgiften finns inte i källorna. Den är inte noll.',
    approx: 'ca',
    approxTitle: 'Ungefärlig uppgift enligt källan',
    shared: 'Beloppet är gemensamt för flera parter och kan inte delas upp på var och en.',
    sharedShort: 'delat belopp',
    perInhabitant: 'kr/invånare',
    million: 'mnkr',
  },
  en: {
    notReported: 'not reported',
    notReportedTitle: 'The sources do not give this figure. It is not zero.',
    approx: 'approx.',
    approxTitle: 'Approximate figure according to the source',
    shared: 'The amount is shared by several parties and cannot be split between them.',
    sharedShort: 'shared amount',
    perInhabitant: 'per inhabitant',
    million: 'm',
  },
} as const;

/** Marks an amount shared by several parties; the view explains it in a footnote. */
export const SHARED_MARK = '†';

export type FormatText = (typeof TEXT)[Lang];

export function formatText(lang: Lang = 'sv'): FormatText {
  return TEXT[lang];
}

const formatters = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = lang + JSON.stringify(options);
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(LOCALE[lang], options);
    formatters.set(key, formatter);
  }
  return formatter;
}

function withApprox(text: string, { lang = 'sv', approximate = false }: FormatOptions): string {
  return approximate ? `${TEXT[lang].approx} ${text}` : text;
}

function isMissing(value: number | null | undefined): value is null | undefined {
  return value === null || value === undefined || Number.isNaN(value);
}

/** `12 345`, or "ej rapporterad" when the figure is missing. */
export function formatInteger(value: number | null | undefined, options: FormatOptions = {}): string {
  const lang = options.lang ?? 'sv';
  if (isMissing(value)) return TEXT[lang].notReported;
  return withApprox(numberFormat(lang, { maximumFractionDigits: 0 }).format(value), options);
}

/** `12,5` with at most `digits` decimals. */
export function formatDecimal(value: number | null | undefined, digits = 1, options: FormatOptions = {}): string {
  const lang = options.lang ?? 'sv';
  if (isMissing(value)) return TEXT[lang].notReported;
  return withApprox(numberFormat(lang, { maximumFractionDigits: digits }).format(value), options);
}

/** `12 345 kr`; with `compact`, amounts from a million read `1,5 mnkr` (`SEK 1.5m` in English). */
export function formatSek(value: number | null | undefined, options: AmountOptions = {}): string {
  const lang = options.lang ?? 'sv';
  if (isMissing(value)) return TEXT[lang].notReported;
  if (options.compact && Math.abs(value) >= 1_000_000) {
    const millions = numberFormat(lang, { maximumFractionDigits: 1 }).format(value / 1_000_000);
    const text = lang === 'sv' ? `${millions}\u00a0${TEXT.sv.million}` : `SEK\u00a0${millions}${TEXT.en.million}`;
    return withApprox(text, options);
  }
  const kronor = numberFormat(lang, { style: 'currency', currency: 'SEK', maximumFractionDigits: 0 });
  return withApprox(kronor.format(value), options);
}

/** `4,3 kr/invånare`. */
export function formatSekPerInhabitant(value: number | null | undefined, options: FormatOptions = {}): string {
  const lang = options.lang ?? 'sv';
  if (isMissing(value)) return TEXT[lang].notReported;
  const digits = Math.abs(value) < 100 ? 1 : 0;
  const number = numberFormat(lang, { maximumFractionDigits: digits }).format(value);
  const text = lang === 'sv' ? `${number}\u00a0${TEXT.sv.perInhabitant}` : `SEK\u00a0${number} ${TEXT.en.perInhabitant}`;
  return withApprox(text, options);
}

/** Amount per inhabitant, or null when either figure is missing (or the population is 0). */
export function perInhabitant(amount: number | null | undefined, population: number | null | undefined): number | null {
  if (isMissing(amount) || isMissing(population) || population === 0) return null;
  return amount / population;
}

export interface DateOptions extends FormatOptions {
  /** How much of the date the source gives; approximate dates default to the year. */
  precision?: 'day' | 'month' | 'year';
}

const ISO_DATE = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/;

/** `2018-04-04` (ISO order in both languages), `2018-04`, or `ca 2017` for an approximate date. */
export function formatDate(value: string | null | undefined, options: DateOptions = {}): string {
  const lang = options.lang ?? 'sv';
  const match = value ? ISO_DATE.exec(value) : null;
  if (!match) return TEXT[lang].notReported;
  const [, year, month = '01', day = '01'] = match;
  const precision = options.precision ?? (options.approximate ? 'year' : 'day');
  const parts: Intl.DateTimeFormatOptions =
    precision === 'year' ? { year: 'numeric' } : precision === 'month' ? { year: 'numeric', month: '2-digit' } : { dateStyle: 'short' };
  // sv-SE's short date is ISO 8601 (2018-04-04) and unambiguous for English readers too.
  const text = new Intl.DateTimeFormat('sv-SE', { ...parts, timeZone: 'UTC' }).format(
    new Date(Date.UTC(Number(year), Number(month) - 1, Number(day))),
  );
  return withApprox(text, options);
}

/** A `Decimal` from the API ("4000000.00") as a number; null stays null (never 0). */
export function parseDecimal(value: string | null | undefined): number | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  const number = Number(value);
  return Number.isFinite(number) ? number : null;
}

/** How a reported figure relates to the true value (the API's `Comparison`). */
export type ComparisonKind = 'EXACTLY' | 'APPROXIMATELY' | 'AT_MOST' | 'AT_LEAST' | 'NEARLY';

const COMPARISON: Record<Lang, Record<ComparisonKind, string>> = {
  sv: { EXACTLY: '', APPROXIMATELY: 'ca', AT_MOST: 'högst', AT_LEAST: 'minst', NEARLY: 'nästan' },
  en: { EXACTLY: '', APPROXIMATELY: 'approx.', AT_MOST: 'at most', AT_LEAST: 'at least', NEARLY: 'nearly' },
};

/** `högst`, `minst`, `nästan`, `ca`; empty for an exact figure. */
export function comparisonPrefix(comparison: ComparisonKind | null | undefined, lang: Lang = 'sv'): string {
  return comparison ? COMPARISON[lang][comparison] : '';
}

/** `högst 648`, `nästan 30`, `ca 4 mnkr`: a formatted figure with how exact the source says it is. */
export function withComparison(text: string, comparison: ComparisonKind | null | undefined, lang: Lang = 'sv'): string {
  const prefix = comparisonPrefix(comparison, lang);
  return prefix ? `${prefix} ${text}` : text;
}

const NAMED_SHARES: Record<Lang, [number, string][]> = {
  sv: [
    [0.5, 'hälften'],
    [0.25, 'en fjärdedel'],
    [0.75, 'tre fjärdedelar'],
    [1 / 3, 'en tredjedel'],
    [2 / 3, 'två tredjedelar'],
  ],
  en: [
    [0.5, 'half'],
    [0.25, 'a quarter'],
    [0.75, 'three quarters'],
    [1 / 3, 'a third'],
    [2 / 3, 'two thirds'],
  ],
};

/** A share as the sources say it: `hälften` (0.5), else a percentage (`60 %`). */
export function formatShare(value: number | null | undefined, options: FormatOptions = {}): string {
  const lang = options.lang ?? 'sv';
  if (isMissing(value)) return TEXT[lang].notReported;
  const named = NAMED_SHARES[lang].find(([share]) => Math.abs(share - value) < 0.001);
  if (named) return withApprox(named[1], options);
  return withApprox(numberFormat(lang, { style: 'percent', maximumFractionDigits: 1 }).format(value), options);
}

/** `2017–2018`, `2017`, or "ej rapporterad" when neither year is given. */
export function formatYearSpan(from: number | null | undefined, to: number | null | undefined, lang: Lang = 'sv'): string {
  if (isMissing(from) && isMissing(to)) return TEXT[lang].notReported;
  if (isMissing(from) || isMissing(to) || from === to) return String(from ?? to);
  return `${from}\u2013${to}`;
}

/** A date as the API reports it: the date, and whether the source gives it only approximately. */
export interface DateValueLike {
  date: string;
  approximate: boolean;
}

/**
 * `2018-04-04`, `ca 2017`, or "ej rapporterad". An approximate date shows its year, or its month when
 * `approximatePrecision` says the month is meaningful (a project phase of six months).
 */
export function formatDateValue(
  value: DateValueLike | null | undefined,
  lang: Lang = 'sv',
  approximatePrecision: 'year' | 'month' = 'year',
): string {
  if (!value) return TEXT[lang].notReported;
  return formatDate(value.date, { lang, approximate: value.approximate, precision: value.approximate ? approximatePrecision : 'day' });
}

/** `ca 2017 – 2020-05-31`; an unreported end reads "ej rapporterad". */
export function formatPeriod(
  start: DateValueLike | null | undefined,
  end: DateValueLike | null | undefined,
  lang: Lang = 'sv',
  approximatePrecision: 'year' | 'month' = 'year',
): string {
  if (!start && !end) return TEXT[lang].notReported;
  return `${formatDateValue(start, lang, approximatePrecision)} \u2013 ${formatDateValue(end, lang, approximatePrecision)}`;
}

/** `2,3 per 100 000 inv.`: a count relative to the population. */
export function formatPer100k(value: number | null | undefined, options: FormatOptions = {}): string {
  const lang = options.lang ?? 'sv';
  if (isMissing(value)) return TEXT[lang].notReported;
  const number = numberFormat(lang, { maximumFractionDigits: Math.abs(value) < 10 ? 2 : 1 }).format(value);
  return withApprox(lang === 'sv' ? `${number} per 100\u00a0000 inv.` : `${number} per 100,000 inhabitants`, options);
}
